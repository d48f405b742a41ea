<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ApplicantExport</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number (masked)</source>
        <translation>CPR-nr. (maskeret)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address or whereabouts</source>
        <translation>Adresse eller opholdssted</translation>
    </message>
    <message>
        <source>Letters go by</source>
        <translation>Breve sendes via</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hast</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Skrevet op</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Dage på listen</translation>
    </message>
    <message>
        <source>Persons in household</source>
        <translation>Personer i husstanden</translation>
    </message>
    <message>
        <source>Highest rent</source>
        <translation>Højeste husleje</translation>
    </message>
    <message>
        <source>Rooms from</source>
        <translation>Værelser fra</translation>
    </message>
    <message>
        <source>Rooms to</source>
        <translation>Værelser til</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Husdyr</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>wheelchair</source>
        <translation>kørestol</translation>
    </message>
    <message>
        <source>step-free</source>
        <translation>niveaufri adgang</translation>
    </message>
    <message>
        <source>ground floor</source>
        <translation>stueetage</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>{file}: {n} applicant.</source>
        <translation>{file}: {n} boligsøgende.</translation>
    </message>
    <message>
        <source>{file}: {n} applicants.</source>
        <translation>{file}: {n} boligsøgende.</translation>
    </message>
    <message>
        <source>Choose the columns to export from the list.</source>
        <translation>Vælg kolonnerne til udtrækket på listen.</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Boligsøgende</translation>
    </message>
    <message>
        <source>Write why the personal data is exported (purpose).</source>
        <translation>Skriv hvorfor personoplysningerne udtrækkes (formål).</translation>
    </message>
    <message>
        <source>A purpose is needed.</source>
        <translation>Et formål skal angives.</translation>
    </message>
    <message>
        <source>Unknown status: {error}</source>
        <translation>Ukendt status: {error}</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>{file} cannot be replaced: it may be open in Excel. Close it and try again.</source>
        <translation>{file} kan ikke erstattes: filen er måske åben i Excel. Luk den, og prøv igen.</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}. Choose another folder.</source>
        <translation>{file} kan ikke gemmes: {reason}. Vælg en anden mappe.</translation>
    </message>
</context>
<context>
    <name>IntakeTemplate</name>
    <message>
        <source>Choose the department from the list (its number).</source>
        <translation>Vælg afdelingen på listen (dens nummer).</translation>
    </message>
    <message>
        <source>Your number of the lease, as in your own system.</source>
        <translation>Jeres nummer på lejemålet, som i jeres eget system.</translation>
    </message>
    <message>
        <source>The street name only, e.g. Kildeparken.</source>
        <translation>Kun vejnavnet, fx Kildeparken.</translation>
    </message>
    <message>
        <source>The house number, e.g. 12 or 12A.</source>
        <translation>Husnummeret, fx 12 eller 12A.</translation>
    </message>
    <message>
        <source>st for the ground floor, kl for the basement, else the number. Empty for a house.</source>
        <translation>st for stuen, kl for kælder, ellers etagens nummer. Tom for et hus.</translation>
    </message>
    <message>
        <source>th, tv, mf or the door number. Empty for a house.</source>
        <translation>th, tv, mf eller dørens nummer. Tom for et hus.</translation>
    </message>
    <message>
        <source>Four digits, e.g. 9000.</source>
        <translation>Fire cifre, fx 9000.</translation>
    </message>
    <message>
        <source>The town of the postcode, e.g. Aalborg.</source>
        <translation>Postnummerets by, fx Aalborg.</translation>
    </message>
    <message>
        <source>Choose the type from the list. Empty: family dwelling.</source>
        <translation>Vælg typen på listen. Tom: familiebolig.</translation>
    </message>
    <message>
        <source>Rooms, halves allowed: 2 or 2.5.</source>
        <translation>Antal værelser, halve er tilladt: 2 eller 2,5.</translation>
    </message>
    <message>
        <source>The area in m², between 10 and 300.</source>
        <translation>Arealet i m², mellem 10 og 300.</translation>
    </message>
    <message>
        <source>The monthly rent in kroner, without a conto for heating and water.</source>
        <translation>Månedlig husleje i kroner, uden aconto for varme og vand.</translation>
    </message>
    <message>
        <source>A conto for heating a month, in kroner.</source>
        <translation>Aconto for varme pr. måned, i kroner.</translation>
    </message>
    <message>
        <source>A conto for water a month, in kroner.</source>
        <translation>Aconto for vand pr. måned, i kroner.</translation>
    </message>
    <message>
        <source>Other a conto a month (e.g. electricity), in kroner.</source>
        <translation>Anden aconto pr. måned (fx el), i kroner.</translation>
    </message>
    <message>
        <source>The deposit in kroner.</source>
        <translation>Indskuddet i kroner.</translation>
    </message>
    <message>
        <source>The first day the dwelling is free, as a date: 01.12.2026.</source>
        <translation>Den første dag boligen er ledig, som dato: 01.12.2026.</translation>
    </message>
    <message>
        <source>Is there a lift? Choose yes or no.</source>
        <translation>Er der elevator? Vælg ja eller nej.</translation>
    </message>
    <message>
        <source>May the tenant keep pets? Yes or no.</source>
        <translation>Må lejeren holde husdyr? Ja eller nej.</translation>
    </message>
    <message>
        <source>Is the dwelling fit for a wheelchair user? Yes or no.</source>
        <translation>Er boligen egnet til kørestolsbruger? Ja eller nej.</translation>
    </message>
    <message>
        <source>Can the dwelling be reached without steps? Yes or no.</source>
        <translation>Kan boligen nås uden trin? Ja eller nej.</translation>
    </message>
    <message>
        <source>What the desk and the tenant should know. No internal notes.</source>
        <translation>Det anvisningen og lejeren bør vide. Ingen interne noter.</translation>
    </message>
    <message>
        <source>Who shows the dwelling, with phone number.</source>
        <translation>Hvem fremviser boligen, med telefonnummer.</translation>
    </message>
    <message>
        <source>All the department&apos;s vacant dwellings this month, for the agreed share. The same number on each row of the department.</source>
        <translation>Alle afdelingens ledige boliger i måneden, til anvisningsandelen. Samme tal på hver række for afdelingen.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <source>The housing organisation no longer exists.</source>
        <translation>Boligorganisationen findes ikke længere.</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Ledige boliger</translation>
    </message>
    <message>
        <source>Vacant dwellings for the allocation desk: {organisation}</source>
        <translation>Ledige boliger til boliganvisningen: {organisation}</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Vælg en værdi på listen.</translation>
    </message>
    <message>
        <source>The value is not on the list. Keep it only if it is right.</source>
        <translation>Værdien står ikke på listen. Behold den kun, hvis den er rigtig.</translation>
    </message>
    <message>
        <source>Write a number between {low} and {high}.</source>
        <translation>Skriv et tal mellem {low} og {high}.</translation>
    </message>
    <message>
        <source>Write a date, e.g. 01.12.2026.</source>
        <translation>Skriv en dato, fx 01.12.2026.</translation>
    </message>
    <message>
        <source>Vacant dwellings for the allocation desk</source>
        <translation>Ledige boliger til boliganvisningen</translation>
    </message>
    <message>
        <source>Write one dwelling per row on the first sheet. Columns marked * must be filled in.</source>
        <translation>Skriv én bolig pr. række på det første ark. Kolonner mærket * skal udfyldes.</translation>
    </message>
    <message>
        <source>Select a cell to see what to write; lists offer your departments, the dwelling types and yes/no.</source>
        <translation>Marker en celle for at se, hvad der skal stå; listerne viser jeres afdelinger, boligtyperne og ja/nej.</translation>
    </message>
    <message>
        <source>Do not rename, move or delete the columns or the sheets: then the desk imports the file without questions.</source>
        <translation>Omdøb, flyt eller slet ikke kolonner eller ark: så indlæser anvisningen filen uden spørgsmål.</translation>
    </message>
    <message>
        <source>Send the file to the allocation desk as it is (.xlsx).</source>
        <translation>Send filen til boliganvisningen, som den er (.xlsx).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Det skal stå her</translation>
    </message>
    <message>
        <source>Department no.</source>
        <translation>Afd. nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Colour today</source>
        <translation>Farve i dag</translation>
    </message>
    <message>
        <source>May report</source>
        <translation>Må indmelde</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (returned)</source>
        <translation>nej (returneres)</translation>
    </message>
    <message>
        <source>Vacancies {number} {name}.xlsx</source>
        <translation>Ledige boliger {number} {name}.xlsx</translation>
    </message>
</context>
<context>
    <name>QuotaExport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Quota {start} - {end}</source>
        <translation>Anvisningsandel {start} - {end}</translation>
    </message>
    <message>
        <source>Reported to the desk</source>
        <translation>Indmeldt til anvisningen</translation>
    </message>
    <message>
        <source>Accepted by the desk</source>
        <translation>Accepteret af anvisningen</translation>
    </message>
    <message>
        <source>All vacancies</source>
        <translation>Alle ledige</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>Aftalt andel</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Reported share</source>
        <translation>Indmeldt andel</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Opfyldt</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Afdelingsnavn</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Boligorganisationer</translation>
    </message>
    <message>
        <source>Without all vacancies</source>
        <translation>Uden ledige i alt</translation>
    </message>
</context>
<context>
    <name>ReplyHistory</name>
    <message>
        <source>Since the last reply ({date})</source>
        <translation>Siden sidste svar ({date})</translation>
    </message>
    <message>
        <source>No reply has been sent before: this month</source>
        <translation>Der er ikke sendt svar før: denne måned</translation>
    </message>
    <message>
        <source>From the oldest decision not yet sent ({date})</source>
        <translation>Fra den ældste afgørelse, der ikke er sendt ({date})</translation>
    </message>
</context>
<context>
    <name>ReplyWorkbook</name>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Udlejet</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returneret</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Givet tilbage</translation>
    </message>
    <message>
        <source>Reported; the desk has not decided yet.</source>
        <translation>Indmeldt; anvisningen har ikke afgjort endnu.</translation>
    </message>
    <message>
        <source>Accepted by the desk; a tenant is being found or has been offered.</source>
        <translation>Accepteret af anvisningen; der findes en lejer, eller boligen er tilbudt.</translation>
    </message>
    <message>
        <source>Let to the tenant the desk allocated.</source>
        <translation>Udlejet til den lejer, anvisningen anviste.</translation>
    </message>
    <message>
        <source>Returned to the organisation, with the reason.</source>
        <translation>Returneret til boligorganisationen med begrundelse.</translation>
    </message>
    <message>
        <source>Accepted, then given back unused: the organisation lets it.</source>
        <translation>Accepteret og siden givet tilbage: boligorganisationen udlejer selv.</translation>
    </message>
    <message>
        <source>Offer being prepared</source>
        <translation>Tilbud under forberedelse</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Tilbud sendt</translation>
    </message>
    <message>
        <source>Offer accepted</source>
        <translation>Tilbud accepteret</translation>
    </message>
    <message>
        <source>Offer declined</source>
        <translation>Tilbud afslået</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <source>Offer withdrawn</source>
        <translation>Tilbud trukket tilbage</translation>
    </message>
    <message>
        <source>The period ends before it begins. Check the dates.</source>
        <translation>Perioden slutter, før den begynder. Kontrollér datoerne.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first.</source>
        <translation>Sidste dag skal være samme dag som eller efter den første.</translation>
    </message>
    <message>
        <source>The housing organisation no longer exists.</source>
        <translation>Boligorganisationen findes ikke længere.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Afdelingsnavn</translation>
    </message>
    <message>
        <source>Lease number</source>
        <translation>Lejemålsnr.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Dwelling type</source>
        <translation>Boligtype</translation>
    </message>
    <message>
        <source>Housing scheme</source>
        <translation>Boligordning</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>Areal (m²)</translation>
    </message>
    <message>
        <source>Rent incl. a conto</source>
        <translation>Husleje inkl. aconto</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig fra</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Indmeldt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Afgjort</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>At the desk&apos;s disposal from</source>
        <translation>Til rådighed fra</translation>
    </message>
    <message>
        <source>Desk&apos;s deadline</source>
        <translation>Anvisningsfrist</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Offer status</source>
        <translation>Tilbudsstatus</translation>
    </message>
    <message>
        <source>Reply deadline</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Lejer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address for letters</source>
        <translation>Adresse til breve</translation>
    </message>
    <message>
        <source>Move-in date</source>
        <translation>Indflytning</translation>
    </message>
    <message>
        <source>Given back on</source>
        <translation>Givet tilbage</translation>
    </message>
    <message>
        <source>Rent loss days</source>
        <translation>Dage med lejetab</translation>
    </message>
    <message>
        <source>Rent loss borne by</source>
        <translation>Lejetab bæres af</translation>
    </message>
    <message>
        <source>Reply to {organisation}</source>
        <translation>Svar til {organisation}</translation>
    </message>
    <message>
        <source>Vacancies, decisions and tenants</source>
        <translation>Ledige boliger, afgørelser og lejere</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <source>Reply from {unit}, {municipality}</source>
        <translation>Svar fra {unit}, {municipality}</translation>
    </message>
    <message>
        <source>Housing organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode fra</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode til</translation>
    </message>
    <message>
        <source>Rent loss counted up to and including</source>
        <translation>Lejetab opgjort til og med</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dannet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Boliger</translation>
    </message>
    <message>
        <source>{file}: {dwellings} of {organisation}, {tenants}.</source>
        <translation>{file}: {dwellings} fra {organisation}, {tenants}.</translation>
    </message>
    <message>
        <source>{n} dwelling</source>
        <translation>{n} bolig</translation>
    </message>
    <message>
        <source>{n} dwellings</source>
        <translation>{n} boliger</translation>
    </message>
    <message>
        <source>{n} tenant</source>
        <translation>{n} lejer</translation>
    </message>
    <message>
        <source>{n} tenants</source>
        <translation>{n} lejere</translation>
    </message>
    <message>
        <source>Rent loss</source>
        <translation>Lejetab</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Rent loss: the monthly rent incl. a conto x 12 / 365 for each day from the day the dwelling is at the desk&apos;s disposal until the lease starts or the dwelling is given back.</source>
        <translation>Lejetab: månedlig leje inkl. aconto x 12 / 365 for hver dag fra boligen står til anvisningens rådighed, til lejemålet begynder eller boligen gives tilbage.</translation>
    </message>
    <message>
        <source>The tenants&apos; names and contact details are personal data: use them only to let the dwelling, and delete this file when it is no longer needed.</source>
        <translation>Lejernes navne og kontaktoplysninger er personoplysninger: brug dem kun til udlejningen, og slet filen, når den ikke længere skal bruges.</translation>
    </message>
    <message>
        <source>Reply to the housing organisation about its vacancies</source>
        <translation>Svar til boligorganisationen om dens ledige boliger</translation>
    </message>
    <message>
        <source>Reply {number} {start} to {end}.xlsx</source>
        <translation>Svar {number} {start} til {end}.xlsx</translation>
    </message>
    <message>
        <source>Write why the tenants&apos; data leaves the desk (purpose).</source>
        <translation>Skriv hvorfor lejernes oplysninger sendes ud (formål).</translation>
    </message>
    <message>
        <source>A purpose is needed.</source>
        <translation>Et formål skal angives.</translation>
    </message>
</context>
</TS>
