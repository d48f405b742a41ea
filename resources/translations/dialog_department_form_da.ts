<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation>Ny afdeling</translation>
    </message>
    <message>
        <source>Department {org}-{number}</source>
        <translation>Afdeling {org}-{number}</translation>
    </message>
</context>
<context>
    <name>DepartmentForm</name>
    <message>
        <source>e.g. Mølleparkvej 1-31</source>
        <translation>f.eks. Mølleparkvej 1-31</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Suitable for &amp;young people (18-29)</source>
        <translation>Egnet for &amp;unge (18-29)</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>Boligo&amp;rganisation:</translation>
    </message>
    <message>
        <source>Department &amp;number:</source>
        <translation>Afdelings&amp;nummer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Housing area:</source>
        <translation>&amp;Boligområde:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>B&amp;y:</translation>
    </message>
    <message>
        <source>House n&amp;umbers:</source>
        <translation>&amp;Husnumre:</translation>
    </message>
    <message>
        <source>D&amp;wellings:</source>
        <translation>Antal bo&amp;liger:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;ter:</translation>
    </message>
</context>
</TS>
