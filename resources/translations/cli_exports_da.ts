<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ExportCli</name>
    <message>
        <source>{file}: intake template for {organisation} with {n} department.</source>
        <translation>{file}: indmeldingsskabelon til {organisation} med {n} afdeling.</translation>
    </message>
    <message>
        <source>{file}: intake template for {organisation} with {n} departments.</source>
        <translation>{file}: indmeldingsskabelon til {organisation} med {n} afdelinger.</translation>
    </message>
    <message>
        <source>Give either --year, or --report with --from and --to.</source>
        <translation>Angiv enten --year eller --report med --from og --to.</translation>
    </message>
    <message>
        <source>{file}: {title}, {n} report.</source>
        <translation>{file}: {title}, {n} rapport.</translation>
    </message>
    <message>
        <source>{file}: {title}, {n} reports.</source>
        <translation>{file}: {title}, {n} rapporter.</translation>
    </message>
    <message>
        <source>{file}: quota of {n} department.</source>
        <translation>{file}: anvisningsandel for {n} afdeling.</translation>
    </message>
    <message>
        <source>{file}: quota of {n} departments.</source>
        <translation>{file}: anvisningsandel for {n} afdelinger.</translation>
    </message>
    <message>
        <source>{file}: placements of {n} department.</source>
        <translation>{file}: indplacering af {n} afdeling.</translation>
    </message>
    <message>
        <source>{file}: placements of {n} departments.</source>
        <translation>{file}: indplacering af {n} afdelinger.</translation>
    </message>
    <message>
        <source>{file}: {title}.</source>
        <translation>{file}: {title}.</translation>
    </message>
</context>
</TS>
