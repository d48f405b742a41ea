<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>{organisations} organisations, {departments} departments, {vacancies} vacancies, {applicants} applicants, {offers} offers.</source>
        <translation>{organisations} boligorganisationer, {departments} afdelinger, {vacancies} ledige boliger, {applicants} boligsøgende, {offers} tilbud.</translation>
    </message>
</context>
</TS>
