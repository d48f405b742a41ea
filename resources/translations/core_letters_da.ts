<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Delivery</name>
    <message>
        <source>Choose how letters reach the citizen, then issue the letter again</source>
        <translation>Vælg, hvordan breve når frem til borgeren, og lav så brevet igen</translation>
    </message>
    <message>
        <source>Print and post it</source>
        <translation>Udskriv og send det med posten</translation>
    </message>
    <message>
        <source>Export it for Digital Post</source>
        <translation>Eksportér det til Digital Post</translation>
    </message>
    <message>
        <source>Confirm it was sent by Digital Post</source>
        <translation>Bekræft, at det er sendt med Digital Post</translation>
    </message>
    <message>
        <source>Record the day the caseworker handed it over</source>
        <translation>Registrér den dag, sagsbehandleren udleverede det</translation>
    </message>
    <message>
        <source>Sent by Digital Post on {date}</source>
        <translation>Sendt med Digital Post {date}</translation>
    </message>
    <message>
        <source>Handed over on {date}</source>
        <translation>Udleveret {date}</translation>
    </message>
    <message>
        <source>Printed and posted on {date}</source>
        <translation>Udskrevet og sendt med posten {date}</translation>
    </message>
    <message>
        <source>Not delivered; the offer no longer waits for a reply</source>
        <translation>Ikke leveret; tilbuddet venter ikke længere på svar</translation>
    </message>
    <message>
        <source>The letter does not go that way: it goes by {channel}.</source>
        <translation>Brevet sendes ikke på den måde: det sendes via {channel}.</translation>
    </message>
    <message>
        <source>The letter was already recorded as delivered on {date} ({channel}).</source>
        <translation>Brevet er allerede registreret som leveret den {date} ({channel}).</translation>
    </message>
    <message>
        <source>The day cannot be in the future.</source>
        <translation>Dagen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>Today or earlier.</source>
        <translation>I dag eller tidligere.</translation>
    </message>
    <message>
        <source>The letter is dated {date}: it cannot have gone before that.</source>
        <translation>Brevet er dateret {date}: det kan ikke være sendt før.</translation>
    </message>
    <message>
        <source>On or after {date}.</source>
        <translation>Den {date} eller senere.</translation>
    </message>
    <message>
        <source>The letter is recorded as posted on {date}.</source>
        <translation>Brevet er registreret som sendt med posten den {date}.</translation>
    </message>
    <message>
        <source>The letter is recorded as sent by Digital Post on {date}.</source>
        <translation>Brevet er registreret som sendt med Digital Post den {date}.</translation>
    </message>
    <message>
        <source>The letter is recorded as handed over on {date}.</source>
        <translation>Brevet er registreret som udleveret den {date}.</translation>
    </message>
    <message>
        <source>Handed over {date}; reply by {deadline}</source>
        <translation>Udleveret {date}; svarfrist {deadline}</translation>
    </message>
    <message>
        <source>The letter is recorded as handed over on {date}; reply by {deadline}.</source>
        <translation>Brevet er registreret som udleveret den {date}; svarfristen er {deadline}.</translation>
    </message>
    <message>
        <source>Digital Post</source>
        <translation>Digital Post</translation>
    </message>
    <message>
        <source>Only offer letters and decisions can be issued again.</source>
        <translation>Kun boligtilbud og afgørelser kan laves igen.</translation>
    </message>
    <message>
        <source>The offer no longer waits for a reply.</source>
        <translation>Tilbuddet venter ikke længere på svar.</translation>
    </message>
</context>
<context>
    <name>LetterFields</name>
    <message>
        <source>The date of the letter</source>
        <translation>Brevets dato</translation>
    </message>
    <message>
        <source>The letter&apos;s reference (case number)</source>
        <translation>Brevets sagsnummer</translation>
    </message>
    <message>
        <source>The recipient&apos;s name</source>
        <translation>Modtagerens navn</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <source>The desk&apos;s name</source>
        <translation>Anvisningens navn</translation>
    </message>
    <message>
        <source>The desk&apos;s street address</source>
        <translation>Anvisningens adresse</translation>
    </message>
    <message>
        <source>The desk&apos;s postcode and town</source>
        <translation>Anvisningens postnummer og by</translation>
    </message>
    <message>
        <source>The desk&apos;s phone number</source>
        <translation>Anvisningens telefonnummer</translation>
    </message>
    <message>
        <source>The desk&apos;s e-mail address</source>
        <translation>Anvisningens e-mailadresse</translation>
    </message>
    <message>
        <source>The desk&apos;s opening hours</source>
        <translation>Anvisningens åbningstider</translation>
    </message>
    <message>
        <source>The municipality&apos;s website</source>
        <translation>Kommunens hjemmeside</translation>
    </message>
    <message>
        <source>The data protection officer&apos;s contact</source>
        <translation>Databeskyttelsesrådgiverens kontaktoplysninger</translation>
    </message>
    <message>
        <source>Years a closed case is kept</source>
        <translation>Antal år en afsluttet sag gemmes</translation>
    </message>
    <message>
        <source>Who signs the letter</source>
        <translation>Hvem der skriver under</translation>
    </message>
    <message>
        <source>The applicant&apos;s name</source>
        <translation>Den boligsøgendes navn</translation>
    </message>
    <message>
        <source>The applicant&apos;s CPR number, masked</source>
        <translation>Den boligsøgendes CPR-nummer, maskeret</translation>
    </message>
    <message>
        <source>The applicant&apos;s address</source>
        <translation>Den boligsøgendes adresse</translation>
    </message>
    <message>
        <source>The applicant&apos;s phone</source>
        <translation>Den boligsøgendes telefon</translation>
    </message>
    <message>
        <source>The applicant&apos;s e-mail</source>
        <translation>Den boligsøgendes e-mail</translation>
    </message>
    <message>
        <source>Persons in the household</source>
        <translation>Personer i husstanden</translation>
    </message>
    <message>
        <source>The caseworker&apos;s name</source>
        <translation>Sagsbehandlerens navn</translation>
    </message>
    <message>
        <source>The caseworker&apos;s phone</source>
        <translation>Sagsbehandlerens telefon</translation>
    </message>
    <message>
        <source>The dwelling&apos;s address</source>
        <translation>Boligens adresse</translation>
    </message>
    <message>
        <source>The dwelling&apos;s postcode and town</source>
        <translation>Boligens postnummer og by</translation>
    </message>
    <message>
        <source>The housing organisation</source>
        <translation>Boligorganisationen</translation>
    </message>
    <message>
        <source>The department (afdeling)</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <source>The lease number</source>
        <translation>Lejemålsnummeret</translation>
    </message>
    <message>
        <source>Number of rooms</source>
        <translation>Antal værelser</translation>
    </message>
    <message>
        <source>Floor area</source>
        <translation>Boligareal</translation>
    </message>
    <message>
        <source>Monthly rent without a conto</source>
        <translation>Månedlig husleje uden aconto</translation>
    </message>
    <message>
        <source>A conto payments a month (heating, water ...)</source>
        <translation>Aconto pr. måned (varme, vand ...)</translation>
    </message>
    <message>
        <source>Rent and a conto a month</source>
        <translation>Husleje og aconto pr. måned</translation>
    </message>
    <message>
        <source>Deposit (indskud)</source>
        <translation>Indskud</translation>
    </message>
    <message>
        <source>The date the dwelling is free</source>
        <translation>Datoen boligen er ledig fra</translation>
    </message>
    <message>
        <source>Who shows the dwelling</source>
        <translation>Hvem der viser boligen frem</translation>
    </message>
    <message>
        <source>Table: the dwelling&apos;s facts</source>
        <translation>Tabel: boligens oplysninger</translation>
    </message>
    <message>
        <source>Table: rent, a conto and deposit</source>
        <translation>Tabel: husleje, aconto og indskud</translation>
    </message>
    <message>
        <source>The housing scheme the dwelling belongs to</source>
        <translation>Den boligordning, boligen hører til</translation>
    </message>
    <message>
        <source>A time-limited lease&apos;s length (empty for an ordinary lease)</source>
        <translation>Et tidsbegrænset lejemåls længde (tom ved et almindeligt lejemål)</translation>
    </message>
    <message>
        <source>A time-limited lease&apos;s last day (empty for an ordinary lease)</source>
        <translation>Et tidsbegrænset lejemåls sidste dag (tom ved et almindeligt lejemål)</translation>
    </message>
    <message>
        <source>The date the offer was sent</source>
        <translation>Datoen tilbuddet blev sendt</translation>
    </message>
    <message>
        <source>The reply deadline (with weekday)</source>
        <translation>Svarfristen (med ugedag)</translation>
    </message>
    <message>
        <source>The caseworker&apos;s own text for this letter (written when the offer is made)</source>
        <translation>Sagsbehandlerens egen tekst i brevet (skrives, når tilbuddet oprettes)</translation>
    </message>
    <message>
        <source>The date the applicant accepted</source>
        <translation>Datoen den boligsøgende sagde ja</translation>
    </message>
    <message>
        <source>The organisation&apos;s contact person</source>
        <translation>Boligorganisationens kontaktperson</translation>
    </message>
    <message>
        <source>Table: the allocated tenant</source>
        <translation>Tabel: den anviste lejer</translation>
    </message>
    <message>
        <source>The private landlord</source>
        <translation>Den private udlejer</translation>
    </message>
    <message>
        <source>The landlord&apos;s contact person</source>
        <translation>Udlejerens kontaktperson</translation>
    </message>
    <message>
        <source>The day the landlord&apos;s notice was received</source>
        <translation>Dagen, udlejerens meddelelse blev modtaget</translation>
    </message>
    <message>
        <source>The last day to answer the landlord (with weekday)</source>
        <translation>Sidste dag for svar til udlejeren (med ugedag)</translation>
    </message>
    <message>
        <source>The day the dwelling is at the municipality&apos;s disposal</source>
        <translation>Dagen, boligen står til kommunens rådighed</translation>
    </message>
    <message>
        <source>The tenant the municipality names (empty when it declines)</source>
        <translation>Lejeren, kommunen anviser (tom, når kommunen siger nej)</translation>
    </message>
    <message>
        <source>The caseworker&apos;s own text for the landlord (why, or what else to know)</source>
        <translation>Sagsbehandlerens egen tekst til udlejeren (hvorfor, eller hvad udlejeren ellers skal vide)</translation>
    </message>
    <message>
        <source>The reasons for the decision (forvaltningsloven § 22)</source>
        <translation>Begrundelsen for afgørelsen (forvaltningsloven § 22)</translation>
    </message>
    <message>
        <source>The reason given for declining</source>
        <translation>Den oplyste grund til at sige nej</translation>
    </message>
    <message>
        <source>Where a complaint goes next</source>
        <translation>Hvor en klage sendes videre til</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>A decision needs its reasons (forvaltningsloven § 22). Write why the decision was made.</source>
        <translation>En afgørelse skal begrundes (forvaltningsloven § 22). Skriv, hvorfor afgørelsen er truffet.</translation>
    </message>
    <message>
        <source>Write the reasons.</source>
        <translation>Skriv begrundelsen.</translation>
    </message>
    <message>
        <source>There is no archived letter number {id}.</source>
        <translation>Der findes ikke et arkiveret brev nummer {id}.</translation>
    </message>
    <message>
        <source>The archived letter {id} has been changed since it was made (its checksum does not match). Contact your system administrator.</source>
        <translation>Det arkiverede brev {id} er blevet ændret, efter at det blev dannet (kontrolsummen passer ikke). Kontakt jeres systemadministrator.</translation>
    </message>
    <message>
        <source>Nothing was printed: no way to reach {names} was chosen when their letter was made. Choose how letters reach them (own address, c/o address, hand-over by the caseworker or Digital Post) in the applicant&apos;s form, then issue the letter again.</source>
        <translation>Intet blev udskrevet: der var ikke valgt en måde at nå {names} på, da brevet blev lavet. Vælg i den boligsøgendes oplysninger, hvordan breve når frem (egen adresse, c/o-adresse, udlevering ved sagsbehandleren eller Digital Post), og lav så brevet igen.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {error}</source>
        <translation>{path} kan ikke skrives: {error}</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Breve</translation>
    </message>
    <message>
        <source>There are no letters for {day}.</source>
        <translation>Der er ingen breve for {day}.</translation>
    </message>
    <message>
        <source>Letters of {day}</source>
        <translation>Breve for {day}</translation>
    </message>
    <message>
        <source>There is no offer number {ids}.</source>
        <translation>Der findes ikke et tilbud nummer {ids}.</translation>
    </message>
    <message>
        <source>Offer letters</source>
        <translation>Tilbudsbreve</translation>
    </message>
    <message>
        <source>There is no offer number {id}.</source>
        <translation>Der findes ikke et tilbud nummer {id}.</translation>
    </message>
    <message>
        <source>The dwelling no longer exists.</source>
        <translation>Boligen findes ikke længere.</translation>
    </message>
    <message>
        <source>There is no applicant number {id}.</source>
        <translation>Der findes ikke en boligsøgende nummer {id}.</translation>
    </message>
    <message>
        <source>Offer letter</source>
        <translation>Boligtilbud</translation>
    </message>
    <message>
        <source>Allocation notice</source>
        <translation>Anvisningsmeddelelse</translation>
    </message>
    <message>
        <source>Decision: removal from the list</source>
        <translation>Afgørelse: slettelse fra ventelisten</translation>
    </message>
    <message>
        <source>Decision: refusal</source>
        <translation>Afgørelse: afslag</translation>
    </message>
    <message>
        <source>Answer to a private landlord</source>
        <translation>Svar til privat udlejer</translation>
    </message>
    <message>
        <source>Insight report</source>
        <translation>Indsigtsrapport</translation>
    </message>
    <message>
        <source>Title, column {column}: {message}</source>
        <translation>Emne, kolonne {column}: {message}</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {message}</source>
        <translation>Linje {line}, kolonne {column}: {message}</translation>
    </message>
    <message>
        <source>... and {count} more</source>
        <translation>... og {count} mere</translation>
    </message>
    <message>
        <source>The template has errors:</source>
        <translation>Skabelonen har fejl:</translation>
    </message>
    <message>
        <source>unknown field {{{name}}}; did you mean {{{suggestion}}}?</source>
        <translation>ukendt felt {{{name}}}; mente du {{{suggestion}}}?</translation>
    </message>
    <message>
        <source>unknown field {{{name}}}; the field list shows the fields you can use</source>
        <translation>ukendt felt {{{name}}}; feltlisten viser de felter, du kan bruge</translation>
    </message>
    <message>
        <source>a { without its }</source>
        <translation>en { uden sin }</translation>
    </message>
    <message>
        <source>a } without its {; write }} for a brace</source>
        <translation>en } uden sin {; skriv }} for en krøllet parentes</translation>
    </message>
    <message>
        <source>{if ...}, {else} and {end} stand alone on a line</source>
        <translation>{if ...}, {else} og {end} skal stå alene på en linje</translation>
    </message>
    <message>
        <source>{{{name}}} is not a field name (small letters, digits and _)</source>
        <translation>{{{name}}} er ikke et feltnavn (små bogstaver, cifre og _)</translation>
    </message>
    <message>
        <source>the table {{{name}}} must stand alone on a line</source>
        <translation>tabellen {{{name}}} skal stå alene på en linje</translation>
    </message>
    <message>
        <source>** starts bold text that never ends</source>
        <translation>** starter fed tekst, som aldrig slutter</translation>
    </message>
    <message>
        <source>{else} without its {if ...}</source>
        <translation>{else} uden sin {if ...}</translation>
    </message>
    <message>
        <source>{end} without its {if ...}</source>
        <translation>{end} uden sin {if ...}</translation>
    </message>
    <message>
        <source>{{if {name}}} is never closed with {{end}}</source>
        <translation>{{if {name}}} bliver aldrig lukket med {{end}}</translation>
    </message>
    <message>
        <source>the title (subject) is empty</source>
        <translation>emnet er tomt</translation>
    </message>
    <message>
        <source>the letter has no text</source>
        <translation>brevet har ingen tekst</translation>
    </message>
    <message>
        <source>The default letter text {path} cannot be read: {error}</source>
        <translation>Standardteksten {path} kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>{path} has no line --- between the header and the text.</source>
        <translation>{path} har ingen linje --- mellem hovedet og teksten.</translation>
    </message>
    <message>
        <source>There is no template for this letter.</source>
        <translation>Der findes ingen skabelon til dette brev.</translation>
    </message>
    <message>
        <source>Template version {version} does not exist.</source>
        <translation>Skabelonversion {version} findes ikke.</translation>
    </message>
    <message>
        <source>{user} made version {version} of this letter the one in use after you opened version {yours}. Nothing of yours was saved: open the letter again and make your change on the text in use.</source>
        <translation>{user} tog version {version} af brevet i brug, efter at du åbnede version {yours}. Intet af dit blev gemt: åbn brevet igen og foretag din ændring i den tekst, der er i brug.</translation>
    </message>
    <message>
        <source>{letter}: {text} ({schemes})</source>
        <translation>{letter}: {text} ({schemes})</translation>
    </message>
    <message>
        <source>Only a private landlord&apos;s dwelling is answered this way.</source>
        <translation>Kun en privat udlejers bolig besvares på denne måde.</translation>
    </message>
    <message>
        <source>There is no answer to give yet: offer the dwelling and record the applicant&apos;s yes, or return the dwelling, first (Overview shows the next step).</source>
        <translation>Der er ikke noget svar at give endnu: tilbyd først boligen og registrér den boligsøgendes ja, eller returnér boligen (Overblik viser næste skridt).</translation>
    </message>
    <message>
        <source>{date} by {user}</source>
        <translation>{date} af {user}</translation>
    </message>
    <message>
        <source>The landlord was answered on {date} by {user}: the letter is in the archive.</source>
        <translation>Udlejeren fik svar den {date} af {user}: brevet ligger i arkivet.</translation>
    </message>
</context>
</TS>
