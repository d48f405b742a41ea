<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>CprText</name>
    <message>
        <source>This looks like a CPR number. A CPR number belongs only in the CPR field: written here, it could reach the housing organisations.</source>
        <translation>Det ligner et CPR-nummer. Et CPR-nummer hører kun hjemme i feltet CPR-nummer: skrevet her kan det ende hos boligorganisationerne.</translation>
    </message>
</context>
</TS>
