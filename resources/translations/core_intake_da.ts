<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Batches</name>
    <message>
        <source>{file} ({organisation}, {time})</source>
        <translation>{file} ({organisation}, {time})</translation>
    </message>
    <message>
        <source>There is no import number {id}.</source>
        <translation>Der er ingen indlæsning nummer {id}.</translation>
    </message>
</context>
<context>
    <name>DwellingType</name>
    <message>
        <source>Family dwelling</source>
        <translation>Familiebolig</translation>
    </message>
    <message>
        <source>Youth dwelling</source>
        <translation>Ungdomsbolig</translation>
    </message>
    <message>
        <source>Dwelling for the elderly</source>
        <translation>Ældrebolig</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anden</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>udsat boligområde</source>
        <translation>udsat boligområde</translation>
    </message>
    <message>
        <source>parallelsamfund</source>
        <translation>parallelsamfund</translation>
    </message>
    <message>
        <source>omdannelsesområde</source>
        <translation>omdannelsesområde</translation>
    </message>
    <message>
        <source>forebyggelsesområde</source>
        <translation>forebyggelsesområde</translation>
    </message>
    <message>
        <source>kombineret udlejning</source>
        <translation>kombineret udlejning</translation>
    </message>
    <message>
        <source>The department has no colour on the report date; place it first (Departments).</source>
        <translation>Afdelingen har ingen farve på indmeldingsdatoen; indplacér den først (Afdelinger).</translation>
    </message>
    <message>
        <source>The department is red in the trappetrinsmodel: dwellings there are not reported to the desk.</source>
        <translation>Afdelingen er rød i trappetrinsmodellen: boliger herfra meldes ikke ind til anvisningen.</translation>
    </message>
    <message>
        <source>A private landlord&apos;s dwelling: it lies in no department, so the colour check does not apply (lov om kommunal anvisningsret).</source>
        <translation>En privat udlejers bolig: den ligger ikke i en afdeling, så farvetjekket gælder ikke (lov om kommunal anvisningsret).</translation>
    </message>
    <message>
        <source>The rent incl. a conto ({rent}) is above the ceiling for this dwelling ({ceiling}): too high for the target groups.</source>
        <translation>Huslejen inkl. aconto ({rent}) er over loftet for denne bolig ({ceiling}): for høj for målgrupperne.</translation>
    </message>
    <message>
        <source>No rent ceiling is set for this dwelling type.</source>
        <translation>Der er intet huslejeloft for denne boligtype.</translation>
    </message>
    <message>
        <source>Flexible letting is agreed in the department.</source>
        <translation>Der er aftalt fleksibel udlejning i afdelingen.</translation>
    </message>
    <message>
        <source>Flexible letting is mandatory in the department.</source>
        <translation>Fleksibel udlejning er obligatorisk i afdelingen.</translation>
    </message>
    <message>
        <source>The department&apos;s flexible letting does not match its colour.</source>
        <translation>Afdelingens fleksible udlejning passer ikke til dens farve.</translation>
    </message>
    <message>
        <source>On the ministry&apos;s list: {name}.</source>
        <translation>På ministeriets liste: {name}.</translation>
    </message>
    <message>
        <source>Legal blocks apply (ABL § 59 stk. 6); refugees may not be placed here.</source>
        <translation>Lovens afvisningsregler gælder (ABL § 59 stk. 6); flygtninge må ikke anvises hertil.</translation>
    </message>
    <message>
        <source>Legal blocks apply (ABL § 59 stk. 7).</source>
        <translation>Lovens afvisningsregler gælder (ABL § 59 stk. 7).</translation>
    </message>
    <message>
        <source>A rent ceiling must be more than 0 kr.</source>
        <translation>Et huslejeloft skal være over 0 kr.</translation>
    </message>
    <message>
        <source>The desk&apos;s deadline must be between 1 and 60 working days.</source>
        <translation>Anvisningens frist skal være mellem 1 og 60 arbejdsdage.</translation>
    </message>
    <message>
        <source>The reply deadline must be between 1 and 60 days.</source>
        <translation>Svarfristen skal være mellem 1 og 60 dage.</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>Indstillingerne blev ikke gemt.</translation>
    </message>
    <message>
        <source>As the intake check proposed</source>
        <translation>Som modtagekontrollen foreslog</translation>
    </message>
    <message>
        <source>Write why the dwelling is returned to the organisation.</source>
        <translation>Skriv hvorfor boligen returneres til boligorganisationen.</translation>
    </message>
    <message>
        <source>Write why, and the reason is kept with the decision.</source>
        <translation>Skriv hvorfor; begrundelsen gemmes med afgørelsen.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>En begrundelse er påkrævet.</translation>
    </message>
    <message>
        <source>The intake check proposes returning the dwelling: {reason}</source>
        <translation>Modtagekontrollen foreslår at returnere boligen: {reason}</translation>
    </message>
    <message>
        <source>The intake check proposes returning the dwelling.</source>
        <translation>Modtagekontrollen foreslår at returnere boligen.</translation>
    </message>
    <message>
        <source>No applicant on the list may be offered the dwelling now (0 eligible candidates), so the rent loss runs until someone can.</source>
        <translation>Ingen boligsøgende på listen kan tilbydes boligen nu (0 mulige kandidater), så lejetabet løber, indtil nogen kan.</translation>
    </message>
    <message>
        <source>{n} of the dwellings to accept has no eligible candidate: no applicant on the list may be offered it now.</source>
        <translation>{n} af boligerne, der skal accepteres, har ingen mulig kandidat: ingen boligsøgende på listen kan tilbydes den nu.</translation>
    </message>
    <message>
        <source>{n} of the dwellings to accept have no eligible candidate: no applicant on the list may be offered them now.</source>
        <translation>{n} af boligerne, der skal accepteres, har ingen mulig kandidat: ingen boligsøgende på listen kan tilbydes dem nu.</translation>
    </message>
    <message>
        <source>{n} dwelling accepted</source>
        <translation>{n} bolig accepteres</translation>
    </message>
    <message>
        <source>{n} dwellings accepted</source>
        <translation>{n} boliger accepteres</translation>
    </message>
    <message>
        <source>{n} dwelling returned to the organisation</source>
        <translation>{n} bolig returneres til boligorganisationen</translation>
    </message>
    <message>
        <source>{n} dwellings returned to the organisation</source>
        <translation>{n} boliger returneres til boligorganisationen</translation>
    </message>
    <message>
        <source>{n} dwelling declined (answer the landlord)</source>
        <translation>{n} bolig afslået (svar udlejeren)</translation>
    </message>
    <message>
        <source>{n} dwellings declined (answer the landlord)</source>
        <translation>{n} boliger afslået (svar udlejeren)</translation>
    </message>
    <message>
        <source>Private landlord: {name}</source>
        <translation>Privat udlejer: {name}</translation>
    </message>
    <message>
        <source>Decided against the intake check&apos;s proposal</source>
        <translation>Afgjort mod modtagekontrollens forslag</translation>
    </message>
    <message>
        <source>Accepted with no eligible candidate</source>
        <translation>Accepteret uden mulig kandidat</translation>
    </message>
    <message>
        <source>Already registered: the same department, lease number and available-from date.</source>
        <translation>Allerede registreret: samme afdeling, lejemålsnummer og ledig-fra-dato.</translation>
    </message>
    <message>
        <source>Nothing new: the dwelling in {file} is registered already.</source>
        <translation>Intet nyt: boligen i {file} er allerede registreret.</translation>
    </message>
    <message>
        <source>Nothing new: the {n} dwellings in {file} are registered already.</source>
        <translation>Intet nyt: de {n} boliger i {file} er allerede registreret.</translation>
    </message>
    <message>
        <source>{n} row has errors.</source>
        <translation>{n} række har fejl.</translation>
    </message>
    <message>
        <source>{n} rows have errors.</source>
        <translation>{n} rækker har fejl.</translation>
    </message>
    <message>
        <source>{file} ({organisation}): {imported} of {total} imported, {rejected} with errors, {duplicates}.</source>
        <translation>{file} ({organisation}): {imported} af {total} importeret, {rejected} med fejl, {duplicates}.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Prøvekørsel: intet blev gemt.</translation>
    </message>
    <message>
        <source>  {sheet}, row {row}, {column}: {message}</source>
        <translation>  {sheet}, række {row}, {column}: {message}</translation>
    </message>
    <message>
        <source>There is no housing organisation with the number {number}.</source>
        <translation>Der findes ingen boligorganisation med nummer {number}.</translation>
    </message>
    <message>
        <source>The housing organisation no longer exists.</source>
        <translation>Boligorganisationen findes ikke længere.</translation>
    </message>
    <message>
        <source>Anvis cannot tell which housing organisation sent {file}. Choose the organisation (on the command line: --org NUMBER).</source>
        <translation>Anvis kan ikke se, hvilken boligorganisation der har sendt {file}. Vælg organisationen (på kommandolinjen: --org NUMMER).</translation>
    </message>
    <message>
        <source>{date} by {user}</source>
        <translation>{date} af {user}</translation>
    </message>
    <message>
        <source>The dwelling no longer exists.</source>
        <translation>Boligen findes ikke længere.</translation>
    </message>
    <message>
        <source>{file}, sheet {sheet}, row {row}</source>
        <translation>{file}, ark {sheet}, række {row}</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Importeret fra {source}</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Indtastet manuelt</translation>
    </message>
    <message>
        <source>This dwelling (department, lease number and date) is already registered.</source>
        <translation>Denne bolig (afdeling, lejemålsnummer og dato) er allerede registreret.</translation>
    </message>
    <message>
        <source>No housing scheme for private landlords is in force on {date}: Anvis cannot tell the dwelling&apos;s deadline.</source>
        <translation>Ingen boligordning for private udlejere gælder den {date}: Anvis kan ikke beregne boligens frist.</translation>
    </message>
    <message>
        <source>No scheme for private landlords.</source>
        <translation>Ingen ordning for private udlejere.</translation>
    </message>
    <message>
        <source>The private landlord no longer exists.</source>
        <translation>Den private udlejer findes ikke længere.</translation>
    </message>
    <message>
        <source>{name} is not an active landlord: make it active under Departments &gt; Private landlords first.</source>
        <translation>{name} er ikke en aktiv udlejer: gør udlejeren aktiv under Afdelinger &gt; Private udlejere først.</translation>
    </message>
    <message>
        <source>Not active.</source>
        <translation>Ikke aktiv.</translation>
    </message>
    <message>
        <source>The notice cannot be received later than today.</source>
        <translation>Meddelelsen kan ikke være modtaget senere end i dag.</translation>
    </message>
    <message>
        <source>This dwelling (landlord, lease number or address and date) is already registered.</source>
        <translation>Boligen (udlejer, lejemålsnummer eller adresse og dato) er allerede registreret.</translation>
    </message>
    <message>
        <source>The dwelling was not saved. Correct the marked fields.</source>
        <translation>Boligen blev ikke gemt. Ret de markerede felter.</translation>
    </message>
    <message>
        <source>The organisation has no department with this number.</source>
        <translation>Boligorganisationen har ingen afdeling med dette nummer.</translation>
    </message>
    <message>
        <source>The organisation has no department with this number. Did you mean {numbers}?</source>
        <translation>Boligorganisationen har ingen afdeling med dette nummer. Mente du {numbers}?</translation>
    </message>
    <message>
        <source>“{value}” is not a dwelling type (Familiebolig, Ungdomsbolig, Ældrebolig).</source>
        <translation>“{value}” er ikke en boligtype (Familiebolig, Ungdomsbolig, Ældrebolig).</translation>
    </message>
    <message>
        <source>The department number is missing.</source>
        <translation>Afdelingsnummeret mangler.</translation>
    </message>
    <message>
        <source>The address is missing.</source>
        <translation>Adressen mangler.</translation>
    </message>
    <message>
        <source>The rent is missing.</source>
        <translation>Huslejen mangler.</translation>
    </message>
    <message>
        <source>The date the dwelling is free is missing.</source>
        <translation>Datoen, hvor boligen er ledig, mangler.</translation>
    </message>
    <message>
        <source>The rent must be more than 0 kr.</source>
        <translation>Huslejen skal være over 0 kr.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beløbet kan ikke være negativt.</translation>
    </message>
    <message>
        <source>The number of rooms must be between 1 and 10.</source>
        <translation>Antal værelser skal være mellem 1 og 10.</translation>
    </message>
    <message>
        <source>The area must be between 10 and 300 m².</source>
        <translation>Arealet skal være mellem 10 og 300 m².</translation>
    </message>
    <message>
        <source>The postcode must have four digits.</source>
        <translation>Postnummeret skal have fire cifre.</translation>
    </message>
    <message>
        <source>The date is more than six months in the past. Check the year.</source>
        <translation>Datoen ligger mere end et halvt år tilbage. Tjek årstallet.</translation>
    </message>
    <message>
        <source>The date is more than a year in the future. Check the year.</source>
        <translation>Datoen ligger mere end et år ude i fremtiden. Tjek årstallet.</translation>
    </message>
    <message>
        <source>The number of vacancies cannot be negative.</source>
        <translation>Antal ledige boliger kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Someone else changed this dwelling meanwhile. The list shows it again as it is now; check it and repeat the action.</source>
        <translation>En anden har ændret boligen imens. Listen viser den nu, som den er; tjek den og gentag handlingen.</translation>
    </message>
    <message>
        <source>A dwelling that is {current} cannot become {target}.</source>
        <translation>En bolig, der er {current}, kan ikke blive {target}.</translation>
    </message>
    <message>
        <source>Enter the date the lease starts.</source>
        <translation>Angiv datoen, hvor lejemålet begynder.</translation>
    </message>
    <message>
        <source>The lease start is required.</source>
        <translation>Lejemålets start skal angives.</translation>
    </message>
    <message>
        <source>Already registered: the same landlord, lease number or address and available-from date.</source>
        <translation>Allerede registreret: samme udlejer, lejemålsnummer eller adresse og ledig-fra-dato.</translation>
    </message>
</context>
<context>
    <name>IntakeField</name>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Lease number</source>
        <translation>Lejemålsnummer</translation>
    </message>
    <message>
        <source>Dwelling type</source>
        <translation>Boligtype</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Vej</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Husnummer</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Etage</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Dør</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postnr. og by</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>By</translation>
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
        <source>Rent</source>
        <translation>Husleje</translation>
    </message>
    <message>
        <source>Rent incl. a conto</source>
        <translation>Husleje inkl. aconto</translation>
    </message>
    <message>
        <source>A conto</source>
        <translation>Aconto</translation>
    </message>
    <message>
        <source>A conto heating</source>
        <translation>Aconto varme</translation>
    </message>
    <message>
        <source>A conto water</source>
        <translation>Aconto vand</translation>
    </message>
    <message>
        <source>A conto other</source>
        <translation>Aconto andet</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Indskud</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Ledig fra</translation>
    </message>
    <message>
        <source>Elevator</source>
        <translation>Elevator</translation>
    </message>
    <message>
        <source>Pets allowed</source>
        <translation>Husdyr tilladt</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Kørestolsegnet</translation>
    </message>
    <message>
        <source>Step-free</source>
        <translation>Niveaufri</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Viewing contact</source>
        <translation>Kontakt ved fremvisning</translation>
    </message>
    <message>
        <source>All vacancies in the period</source>
        <translation>Ledige i alt i perioden</translation>
    </message>
    <message>
        <source>Internal note (not imported)</source>
        <translation>Intern note (importeres ikke)</translation>
    </message>
</context>
<context>
    <name>Quota</name>
    <message>
        <source>The period ends before it begins. Check the dates.</source>
        <translation>Perioden slutter, før den begynder. Tjek datoerne.</translation>
    </message>
    <message>
        <source>The last day must be on or after the first.</source>
        <translation>Den sidste dag skal være samme dag som eller efter den første.</translation>
    </message>
    <message>
        <source>All vacancies must be a whole number from 0 to {high}.</source>
        <translation>Ledige i alt skal være et helt tal fra 0 til {high}.</translation>
    </message>
    <message>
        <source>Someone else removed this figure after you opened the quota. Nothing was saved; the list now shows the figures as they are stored.</source>
        <translation>En anden har fjernet tallet, efter du åbnede kvoten. Intet blev gemt; listen viser nu tallene, som de er gemt.</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>Afdelingen findes ikke længere.</translation>
    </message>
    <message>
        <source>Departments without all vacancies have no count of all their vacant dwellings in the period, so their share cannot be judged (nor their organisation&apos;s). Type the figure in the column All vacancies of the quota (Vacancies &gt; Quota…), or ask the organisation to fill in the column “Ledige i alt” of its vacancy file (the template has it): Anvis reads it on import, for the month of the import.</source>
        <translation>Afdelinger uden ledige i alt har intet tal for alle deres ledige boliger i perioden, så deres andel (og boligorganisationens) kan ikke vurderes. Skriv tallet i kolonnen Ledige i alt i kvoten (Ledige boliger &gt; Kvote…), eller bed boligorganisationen udfylde kolonnen “Ledige i alt” i sin fil med ledige boliger (skabelonen har den): Anvis læser den ved import, for importens måned.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Confirmation of the proposals ({time})</source>
        <translation>Bekræftelse af forslag ({time})</translation>
    </message>
    <message>
        <source>Decision ({time})</source>
        <translation>Afgørelse ({time})</translation>
    </message>
    <message>
        <source>{n} dwelling accepted</source>
        <translation>{n} bolig accepteret</translation>
    </message>
    <message>
        <source>{n} dwellings accepted</source>
        <translation>{n} boliger accepteret</translation>
    </message>
    <message>
        <source>{n} dwelling returned</source>
        <translation>{n} bolig returneret</translation>
    </message>
    <message>
        <source>{n} dwellings returned</source>
        <translation>{n} boliger returneret</translation>
    </message>
    <message>
        <source>it has been undone already</source>
        <translation>den er allerede fortrudt</translation>
    </message>
    <message>
        <source>none of its dwellings is left</source>
        <translation>ingen af dens boliger findes længere</translation>
    </message>
    <message>
        <source>An offer has been made for one of its dwellings ({address})</source>
        <translation>Der er lavet et tilbud på en af dens boliger ({address})</translation>
    </message>
    <message>
        <source>A reply to the organisation has reported one of its dwellings ({address})</source>
        <translation>Et svar til boligorganisationen har meldt en af dens boliger ({address})</translation>
    </message>
    <message>
        <source>One of its dwellings has changed since ({address})</source>
        <translation>En af dens boliger er ændret siden ({address})</translation>
    </message>
    <message>
        <source>The decision cannot be undone: {reason}</source>
        <translation>Afgørelsen kan ikke fortrydes: {reason}</translation>
    </message>
    <message>
        <source>There is no decision of yours to undo.</source>
        <translation>Der er ingen afgørelse af dig at fortryde.</translation>
    </message>
    <message>
        <source>you have decided on dwellings since.</source>
        <translation>du har truffet afgørelser om boliger siden.</translation>
    </message>
    <message>
        <source>Decision undone</source>
        <translation>Afgørelsen er fortrudt</translation>
    </message>
</context>
<context>
    <name>VacancyStatus</name>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returneret</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Tilbudt</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Udlejet</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Givet tilbage</translation>
    </message>
</context>
</TS>
