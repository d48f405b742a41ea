<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Deliver the letter</source>
        <translation>Lever brevet</translation>
    </message>
    <message>
        <source>The letter to {name}</source>
        <translation>Brevet til {name}</translation>
    </message>
    <message>
        <source>It reaches the citizen by: {channel}</source>
        <translation>Det når borgeren som: {channel}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Save for Digital Post…</source>
        <translation>&amp;Gem til Digital Post…</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Markér som sendt</translation>
    </message>
    <message>
        <source>Staff have sent the file through the municipality&apos;s Digital Post system</source>
        <translation>Filen er sendt gennem kommunens Digital Post-system</translation>
    </message>
    <message>
        <source>Handed over &amp;on:</source>
        <translation>Udleveret &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Record the hand-over</source>
        <translation>&amp;Registrér udleveringen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <source>The letter stays on the list of letters to deliver</source>
        <translation>Brevet bliver stående på listen over breve, der skal leveres</translation>
    </message>
    <message>
        <source>Saved for Digital Post on {date}. Mark it as sent once it has been sent.</source>
        <translation>Gemt til Digital Post {date}. Markér det som sendt, når det er sendt.</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Udskriv brevet</translation>
    </message>
    <message>
        <source>printed to post</source>
        <translation>udskrevet til afsendelse med posten</translation>
    </message>
    <message>
        <source>The letter was printed: by post it counts as sent today.</source>
        <translation>Brevet er udskrevet: sendt med posten i dag.</translation>
    </message>
    <message>
        <source>Save the letter for Digital Post</source>
        <translation>Gem brevet til Digital Post</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}. Send it through Digital Post, then mark it as sent.</source>
        <translation>Gemt som {path}. Send den gennem Digital Post, og markér den derefter som sendt.</translation>
    </message>
</context>
</TS>
