<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
</context>
<context>
    <name>ExcludedEditor</name>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Reason (e.g. a conflict lives there)</source>
        <translation>Begrundelse (fx bor en konfliktpart der)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>F&amp;ravælg</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>MembersEditor</name>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Add ad&amp;ult</source>
        <translation>Tilfø&amp;j voksen</translation>
    </message>
    <message>
        <source>Add chi&amp;ld</source>
        <translation>Ti&amp;lføj barn</translation>
    </message>
    <message>
        <source>Household: {adults} and {children}</source>
        <translation>Husstand: {adults} og {children}</translation>
    </message>
    <message>
        <source>{n} adult</source>
        <translation>{n} voksen</translation>
    </message>
    <message>
        <source>{n} adults</source>
        <translation>{n} voksne</translation>
    </message>
    <message>
        <source>{n} child</source>
        <translation>{n} barn</translation>
    </message>
    <message>
        <source>{n} children</source>
        <translation>{n} børn</translation>
    </message>
    <message>
        <source>Remove from the household</source>
        <translation>Fjern fra husstanden</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <source>kr. a month</source>
        <translation>kr. om måneden</translation>
    </message>
</context>
</TS>
