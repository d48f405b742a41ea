<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>LetterPreviewDialog</name>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Udskriv...</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Gem som PDF...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} side</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} sider</translation>
    </message>
    <message>
        <source>template version {version}</source>
        <translation>skabelonversion {version}</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>udskrevet</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>{path} kan ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>saved as PDF</source>
        <translation>gemt som PDF</translation>
    </message>
    <message>
        <source>Print letter</source>
        <translation>Udskriv brev</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Gem brev som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Letters of {day}</source>
        <translation>Breve for {day}</translation>
    </message>
    <message>
        <source>Making the day&apos;s letters</source>
        <translation>Danner dagens breve</translation>
    </message>
</context>
</TS>
