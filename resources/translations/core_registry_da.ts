<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ColourPolicy</name>
    <message>
        <source>The share must be between 0 and 100 %.</source>
        <translation>Andelen skal være mellem 0 og 100 %.</translation>
    </message>
    <message>
        <source>Allow at least one form of flexible letting (for example none).</source>
        <translation>Tillad mindst én form for fleksibel udlejning (fx ingen).</translation>
    </message>
    <message>
        <source>The desk can only place citizens where dwellings may be reported.</source>
        <translation>Anvisningen kan kun anvise borgere, hvor boliger må indmeldes.</translation>
    </message>
    <message>
        <source>A new policy takes effect today or later; decisions already made keep the rules they were made under.</source>
        <translation>En ny farvepolitik gælder fra i dag eller senere; afgørelser, der allerede er truffet, beholder de regler, de blev truffet efter.</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>aftalt</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>The department has no placement on this day: dwellings cannot be checked and no one can be placed until it gets a colour.</source>
        <translation>Afdelingen har ingen indplacering denne dag: boliger kan ikke kontrolleres, og ingen kan anvises, før den får en farve.</translation>
    </message>
    <message>
        <source>The organisation may report vacant dwellings to the desk ({share} of its vacancies).</source>
        <translation>Boligorganisationen må indmelde ledige boliger til anvisningen ({share} af de ledige boliger).</translation>
    </message>
    <message>
        <source>The organisation may not report dwellings: a reported dwelling is returned.</source>
        <translation>Boligorganisationen må ikke indmelde boliger: en indmeldt bolig sendes retur.</translation>
    </message>
    <message>
        <source>The desk may place citizens here, except applicants who need a strong area.</source>
        <translation>Anvisningen må anvise borgere her, dog ikke boligsøgende, der har brug for et stærkt område.</translation>
    </message>
    <message>
        <source>The desk may place citizens here.</source>
        <translation>Anvisningen må anvise borgere her.</translation>
    </message>
    <message>
        <source>The desk may not place citizens here.</source>
        <translation>Anvisningen må ikke anvise borgere her.</translation>
    </message>
    <message>
        <source>Flexible letting allowed for this colour: {forms}.</source>
        <translation>Fleksibel udlejning tilladt for denne farve: {forms}.</translation>
    </message>
    <message>
        <source>Note: the department&apos;s flexible letting ({form}) is not one this colour allows.</source>
        <translation>Bemærk: afdelingens fleksible udlejning ({form}) er ikke tilladt for denne farve.</translation>
    </message>
    <message>
        <source>Udsat boligområde: the legal blocks of ABL § 59 stk. 6 apply, and refugees may not be placed here.</source>
        <translation>Udsat boligområde: afvisningsgrundene i ABL § 59, stk. 6, gælder, og flygtninge må ikke anvises hertil.</translation>
    </message>
    <message>
        <source>Forebyggelsesområde: the legal blocks of ABL § 59 stk. 7 apply.</source>
        <translation>Forebyggelsesområde: afvisningsgrundene i ABL § 59, stk. 7, gælder.</translation>
    </message>
    <message>
        <source>{department} on {date}: {colour}</source>
        <translation>{department} den {date}: {colour}</translation>
    </message>
    <message>
        <source>no placement</source>
        <translation>ingen indplacering</translation>
    </message>
    <message>
        <source>Placed from {start}; flexible letting: {form}</source>
        <translation>Indplaceret fra {start}; fleksibel udlejning: {form}</translation>
    </message>
    <message>
        <source>Ministry lists: {lists}</source>
        <translation>Ministeriets lister: {lists}</translation>
    </message>
    <message>
        <source>There is no department {department} in organisation {organisation}.</source>
        <translation>Der er ingen afdeling {department} i boligorganisation {organisation}.</translation>
    </message>
    <message>
        <source>Did you mean: {names}?</source>
        <translation>Mente du: {names}?</translation>
    </message>
    <message>
        <source>green</source>
        <translation>grøn</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <source>red</source>
        <translation>rød</translation>
    </message>
    <message>
        <source>disadvantaged area</source>
        <translation>udsat boligområde</translation>
    </message>
    <message>
        <source>parallel society</source>
        <translation>parallelsamfund</translation>
    </message>
    <message>
        <source>transformation area</source>
        <translation>omdannelsesområde</translation>
    </message>
    <message>
        <source>prevention area</source>
        <translation>forebyggelsesområde</translation>
    </message>
    <message>
        <source>combined letting</source>
        <translation>kombineret udlejning</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>“{value}” is not a colour: write grøn, gul or rød.</source>
        <translation>“{value}” er ikke en farve: skriv grøn, gul eller rød.</translation>
    </message>
    <message>
        <source>“{value}” is not a form of flexible letting: write ingen, aftalt or obligatorisk.</source>
        <translation>“{value}” er ikke en form for fleksibel udlejning: skriv ingen, aftalt eller obligatorisk.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the ministry&apos;s lists: write udsat boligområde, parallelsamfund, omdannelsesområde, forebyggelsesområde or kombineret udlejning.</source>
        <translation>“{value}” er ikke en af ministeriets lister: skriv udsat boligområde, parallelsamfund, omdannelsesområde, forebyggelsesområde eller kombineret udlejning.</translation>
    </message>
    <message>
        <source>“{value}” is not a postcode (4 digits).</source>
        <translation>“{value}” er ikke et postnummer (4 cifre).</translation>
    </message>
    <message>
        <source>“{value}” is not a CVR number (8 digits with a valid check).</source>
        <translation>“{value}” er ikke et CVR-nummer (8 cifre med gyldigt kontrolciffer).</translation>
    </message>
    <message>
        <source>The organisation has no name.</source>
        <translation>Boligorganisationen har intet navn.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Antallet kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Flexible letting is given without a colour.</source>
        <translation>Der er angivet fleksibel udlejning uden en farve.</translation>
    </message>
    <message>
        <source>Organisation {number} is neither in the file nor in Anvis: add it to the sheet of organisations.</source>
        <translation>Boligorganisation {number} findes hverken i filen eller i Anvis: tilføj den på arket med boligorganisationer.</translation>
    </message>
    <message>
        <source>Ministry lists {year}</source>
        <translation>Ministeriets lister {year}</translation>
    </message>
</context>
<context>
    <name>MinistryLists</name>
    <message>
        <source>Choose a department or a housing area.</source>
        <translation>Vælg en afdeling eller et boligområde.</translation>
    </message>
    <message>
        <source>There is no housing area called {name}.</source>
        <translation>Der er intet boligområde, der hedder {name}.</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Opførelsen findes ikke længere.</translation>
    </message>
    <message>
        <source>Write exactly one list per row.</source>
        <translation>Skriv præcis én liste pr. række.</translation>
    </message>
    <message>
        <source>Give a department number or a housing area.</source>
        <translation>Angiv et afdelingsnummer eller et boligområde.</translation>
    </message>
    <message>
        <source>A department number needs its organisation number.</source>
        <translation>Et afdelingsnummer kræver boligorganisationens nummer.</translation>
    </message>
    <message>
        <source>Anvis has no department {department} in organisation {organisation}.</source>
        <translation>Anvis kender ingen afdeling {department} i boligorganisation {organisation}.</translation>
    </message>
    <message>
        <source>Anvis has no housing area called {name}: create it on a department first.</source>
        <translation>Anvis kender intet boligområde, der hedder {name}: opret det først på en afdeling.</translation>
    </message>
    <message>
        <source>Ministry lists of {date}: {file}</source>
        <translation>Ministeriets lister pr. {date}: {file}</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Prøvekørsel: intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>Residents</source>
        <translation>Beboere</translation>
    </message>
    <message>
        <source>Outside work or education (18-64)</source>
        <translation>Uden for arbejde eller uddannelse (18-64)</translation>
    </message>
    <message>
        <source>Convictions vs. national average</source>
        <translation>Dømte ift. landsgennemsnittet</translation>
    </message>
    <message>
        <source>Basic school only (30-59)</source>
        <translation>Kun grundskole (30-59)</translation>
    </message>
    <message>
        <source>Income vs. the region</source>
        <translation>Indkomst ift. regionen</translation>
    </message>
    <message>
        <source>Non-Western immigrants and descendants</source>
        <translation>Ikke-vestlige indvandrere og efterkommere</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>List status {list}: {size}; {criteria}</source>
        <translation>Listestatus {list}: {size}; {criteria}</translation>
    </message>
    <message>
        <source>Red by the figures: {criteria}</source>
        <translation>Rød efter tallene: {criteria}</translation>
    </message>
    <message>
        <source>Yellow by the figures: {criteria}</source>
        <translation>Gul efter tallene: {criteria}</translation>
    </message>
    <message>
        <source>Green by the figures: only {n} criterion met ({criteria})</source>
        <translation>Grøn efter tallene: kun {n} kriterium opfyldt ({criteria})</translation>
    </message>
    <message>
        <source>Green by the figures: only {n} criteria met ({criteria})</source>
        <translation>Grøn efter tallene: kun {n} kriterier opfyldt ({criteria})</translation>
    </message>
    <message>
        <source>Green by the figures: no criterion met</source>
        <translation>Grøn efter tallene: ingen kriterier opfyldt</translation>
    </message>
    <message>
        <source>At least {colour} while on the list: {lists}</source>
        <translation>Mindst {colour} så længe afdelingen er på listen: {lists}</translation>
    </message>
    <message>
        <source>No figures for {year}</source>
        <translation>Ingen tal for {year}</translation>
    </message>
    <message>
        <source>Missing figures ({figures}) leave the colour open: no proposal</source>
        <translation>Manglende tal ({figures}) gør farven uafklaret: intet forslag</translation>
    </message>
    <message>
        <source>Missing figures ({figures}) leave the list status open</source>
        <translation>Manglende tal ({figures}) gør listestatus uafklaret</translation>
    </message>
    <message>
        <source>Missing figures ({figures}) do not change the outcome</source>
        <translation>Manglende tal ({figures}) ændrer ikke resultatet</translation>
    </message>
    <message>
        <source>Monitoring {year}: {reasons}</source>
        <translation>Monitorering {year}: {reasons}</translation>
    </message>
    <message>
        <source>“{value}” means the figure is suppressed or missing: the department gets no proposal until the figure is known.</source>
        <translation>“{value}” betyder, at tallet er diskretioneret eller mangler: afdelingen får intet forslag, før tallet kendes.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of residents.</source>
        <translation>“{value}” er ikke et antal beboere.</translation>
    </message>
    <message>
        <source>A figure cannot be negative.</source>
        <translation>Et tal kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Anvis has no department {department} in organisation {organisation}.</source>
        <translation>Anvis kender ingen afdeling {department} i boligorganisation {organisation}.</translation>
    </message>
    <message>
        <source>Did you mean: {names}?</source>
        <translation>Mente du: {names}?</translation>
    </message>
    <message>
        <source>Anvis cannot tell which year {file} is about: give the year (--year 2026).</source>
        <translation>Anvis kan ikke se, hvilket år {file} handler om: angiv året (--year 2026).</translation>
    </message>
    <message>
        <source>Give the year.</source>
        <translation>Angiv året.</translation>
    </message>
</context>
<context>
    <name>PlacementExport</name>
    <message>
        <source>Org. no.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <source>Department number</source>
        <translation>Afdelingsnummer</translation>
    </message>
    <message>
        <source>Department name</source>
        <translation>Afdelingsnavn</translation>
    </message>
    <message>
        <source>Housing area</source>
        <translation>Boligområde</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Antal boliger</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Flexible letting</source>
        <translation>Fleksibel udlejning</translation>
    </message>
    <message>
        <source>Ministry list</source>
        <translation>Ministeriets liste</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gælder fra</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Gælder til</translation>
    </message>
    <message>
        <source>May report</source>
        <translation>Må indmelde</translation>
    </message>
    <message>
        <source>May place</source>
        <translation>Må anvise</translation>
    </message>
    <message>
        <source>Share to report</source>
        <translation>Andel til anvisning</translation>
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
        <source>Placements</source>
        <translation>Indplaceringer</translation>
    </message>
    <message>
        <source>Placements on {date}</source>
        <translation>Indplaceringer pr. {date}</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}</source>
        <translation>{file} kan ikke gemmes: {reason}</translation>
    </message>
</context>
<context>
    <name>Placements</name>
    <message>
        <source>The department no longer exists.</source>
        <translation>Afdelingen findes ikke længere.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatoen ligger før startdatoen.</translation>
    </message>
    <message>
        <source>Must be on or after the start date.</source>
        <translation>Skal være samme dag som eller efter startdatoen.</translation>
    </message>
    <message>
        <source>The period overlaps the placement from {day}. End it before that day.</source>
        <translation>Perioden overlapper indplaceringen fra {day}. Lad den slutte før den dag.</translation>
    </message>
    <message>
        <source>Overlaps a later placement.</source>
        <translation>Overlapper en senere indplacering.</translation>
    </message>
    <message>
        <source>The placement no longer exists.</source>
        <translation>Indplaceringen findes ikke længere.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The organisation number is missing.</source>
        <translation>Boligorganisationens nummer mangler.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <source>A CVR number has 8 digits and a valid check.</source>
        <translation>Et CVR-nummer har 8 cifre og et gyldigt kontrolciffer.</translation>
    </message>
    <message>
        <source>{user} changed this record while you edited it. Close and open it again.</source>
        <translation>{user} har ændret oplysningerne, mens du redigerede. Luk og åbn dem igen.</translation>
    </message>
    <message>
        <source>Organisation number {number} is used by {name}.</source>
        <translation>Nummer {number} bruges allerede af {name}.</translation>
    </message>
    <message>
        <source>Already in use.</source>
        <translation>Bruges allerede.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>Boligorganisationen findes ikke længere.</translation>
    </message>
    <message>
        <source>House numbers, line {line}: {problem}</source>
        <translation>Husnumre, linje {line}: {problem}</translation>
    </message>
    <message>
        <source>The department number is missing.</source>
        <translation>Afdelingsnummeret mangler.</translation>
    </message>
    <message>
        <source>A postcode has 4 digits.</source>
        <translation>Et postnummer har 4 cifre.</translation>
    </message>
    <message>
        <source>The number cannot be negative.</source>
        <translation>Antallet kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Choose the organisation.</source>
        <translation>Vælg boligorganisationen.</translation>
    </message>
    <message>
        <source>Unknown organisation.</source>
        <translation>Ukendt boligorganisation.</translation>
    </message>
    <message>
        <source>{organisation} already has a department {number} ({name}).</source>
        <translation>{organisation} har allerede en afdeling {number} ({name}).</translation>
    </message>
    <message>
        <source>The department no longer exists.</source>
        <translation>Afdelingen findes ikke længere.</translation>
    </message>
    <message>
        <source>Placements written: {count}</source>
        <translation>Indplaceringer gemt: {count}</translation>
    </message>
    <message>
        <source>Addresses whose house numbers were not all understood (searched by their words): {count}</source>
        <translation>Adresser hvis husnumre ikke alle blev forstået (findes ved deres ord): {count}</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Prøvekørsel: intet blev gemt.</translation>
    </message>
    <message>
        <source>Master data: {file}</source>
        <translation>Stamdata: {file}</translation>
    </message>
    <message>
        <source>  of those with errors, departments Anvis does not know: {count} (add them under Departments, or correct the numbers in the file)</source>
        <translation>  heraf afdelinger, Anvis ikke kender: {count} (opret dem under Afdelinger, eller ret numrene i filen)</translation>
    </message>
    <message>
        <source>Monitoring figures {year}: {file}</source>
        <translation>Monitoreringstal {year}: {file}</translation>
    </message>
    <message>
        <source>Proposed changes ({count}); accept them with --apply --from DATE:</source>
        <translation>Foreslåede ændringer ({count}); godkend dem med --apply --from DATO:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>odd</source>
        <translation>ulige</translation>
    </message>
    <message>
        <source>even</source>
        <translation>lige</translation>
    </message>
    <message>
        <source>“{value}” is not a house number (1 to 999, perhaps with a letter).</source>
        <translation>“{value}” er ikke et husnummer (1 til 999, evt. med bogstav).</translation>
    </message>
    <message>
        <source>(all numbers)</source>
        <translation>(alle numre)</translation>
    </message>
    <message>
        <source>{number} and up</source>
        <translation>{number} og opefter</translation>
    </message>
    <message>
        <source>up to {number}</source>
        <translation>til og med {number}</translation>
    </message>
    <message>
        <source>(even numbers)</source>
        <translation>(lige numre)</translation>
    </message>
    <message>
        <source>(odd numbers)</source>
        <translation>(ulige numre)</translation>
    </message>
    <message>
        <source>The street is missing.</source>
        <translation>Vejnavnet mangler.</translation>
    </message>
    <message>
        <source>The range runs backwards: {first} is after {last}.</source>
        <translation>Intervallet går baglæns: {first} kommer efter {last}.</translation>
    </message>
    <message>
        <source>Departments with {address}: {count}</source>
        <translation>Afdelinger med {address}: {count}</translation>
    </message>
    <message>
        <source>No department has {address}. Departments on {street}: {count}</source>
        <translation>Ingen afdeling har {address}. Afdelinger på {street}: {count}</translation>
    </message>
    <message>
        <source>The first {n} department: type more to narrow the search</source>
        <translation>Den første {n} afdeling: skriv mere for at indsnævre søgningen</translation>
    </message>
    <message>
        <source>The first {n} departments: type more to narrow the search</source>
        <translation>De første {n} afdelinger: skriv mere for at indsnævre søgningen</translation>
    </message>
    <message>
        <source>{n} department</source>
        <translation>{n} afdeling</translation>
    </message>
    <message>
        <source>{n} departments</source>
        <translation>{n} afdelinger</translation>
    </message>
    <message>
        <source>{department} {name} ({organisation}): {addresses}, {place} - {colour}</source>
        <translation>{department} {name} ({organisation}): {addresses}, {place} - {colour}</translation>
    </message>
    <message>
        <source>{name} (CVR {cvr})</source>
        <translation>{name} (CVR {cvr})</translation>
    </message>
    <message>
        <source>The CVR number is missing: a private landlord is known by it.</source>
        <translation>CVR-nummeret mangler: en privat udlejer kendes på sit CVR-nummer.</translation>
    </message>
    <message>
        <source>There is no private landlord with the CVR number {cvr}. Register it under Departments &gt; Private landlords.</source>
        <translation>Der er ingen privat udlejer med CVR-nummeret {cvr}. Opret udlejeren under Afdelinger &gt; Private udlejere.</translation>
    </message>
    <message>
        <source>CVR number {cvr} is registered for {name}.</source>
        <translation>CVR-nummer {cvr} er registreret for {name}.</translation>
    </message>
    <message>
        <source>The private landlord no longer exists.</source>
        <translation>Den private udlejer findes ikke længere.</translation>
    </message>
    <message>
        <source>private landlord</source>
        <translation>privat udlejer</translation>
    </message>
</context>
</TS>
