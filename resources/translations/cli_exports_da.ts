<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExportCli</name>
    <message>
        <source>{file}: intake template for {organisation} with {departments} departments.</source>
        <translation>{file}: indmeldingsskabelon til {organisation} med {departments} afdelinger.</translation>
    </message>
    <message>
        <source>Give either --year, or --report with --from and --to.</source>
        <translation>Angiv enten --year eller --report med --from og --to.</translation>
    </message>
    <message>
        <source>{file}: {title}, {reports} reports.</source>
        <translation>{file}: {title}, {reports} rapporter.</translation>
    </message>
    <message>
        <source>{file}: {title}.</source>
        <translation>{file}: {title}.</translation>
    </message>
    <message>
        <source>{file}: quota of {departments} departments.</source>
        <translation>{file}: anvisningsandel for {departments} afdelinger.</translation>
    </message>
    <message>
        <source>Without all vacancies (share not judged): {count}.</source>
        <translation>Uden ledige i alt (andelen kan ikke vurderes): {count}.</translation>
    </message>
    <message>
        <source>{file}: placements of {departments} departments.</source>
        <translation>{file}: indplacering af {departments} afdelinger.</translation>
    </message>
</context>
</TS>
