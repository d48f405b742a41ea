<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Dashboard</name>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dette kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De seneste 12 måneder</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>Median days to let</source>
        <translation>Median dage til udlejning</translation>
    </message>
    <message>
        <source>Average: {days}</source>
        <translation>Gennemsnit: {days}</translation>
    </message>
    <message>
        <source>Rent loss paid</source>
        <translation>Betalt lejetab</translation>
    </message>
    <message>
        <source>Households housed</source>
        <translation>Husstande boligplaceret</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <source>{n} persons</source>
        <translation>{n} personer</translation>
    </message>
    <message>
        <source>Median {n} day so far</source>
        <translation>Median {n} dag indtil nu</translation>
    </message>
    <message>
        <source>Median {n} days so far</source>
        <translation>Median {n} dage indtil nu</translation>
    </message>
    <message>
        <source>Offers accepted</source>
        <translation>Tilbud accepteret</translation>
    </message>
    <message>
        <source>Declined: {declined}, no answer: {expired}</source>
        <translation>Afslået: {declined}, intet svar: {expired}</translation>
    </message>
    <message>
        <source>Organisations meeting the quota</source>
        <translation>Boligorganisationer der opfylder andelen</translation>
    </message>
    <message>
        <source>{met} of {judged}</source>
        <translation>{met} af {judged}</translation>
    </message>
    <message>
        <source>with a count of all their vacancies</source>
        <translation>med et tal for alle deres ledige boliger</translation>
    </message>
    <message>
        <source>Applicants waiting</source>
        <translation>Boligsøgende på listen</translation>
    </message>
</context>
<context>
    <name>ReportExcel</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dannet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Save the report as .pdf or .xlsx (the file name ends in {suffix}).</source>
        <translation>Gem rapporten som .pdf eller .xlsx (filnavnet ender på {suffix}).</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Period: {start} - {end}</source>
        <translation>Periode: {start} - {end}</translation>
    </message>
    <message>
        <source>Nothing in the period.</source>
        <translation>Intet i perioden.</translation>
    </message>
    <message>
        <source>Made {date}</source>
        <translation>Dannet {date}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Side {page}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Vacancies per organisation and month</source>
        <translation>Ledige boliger pr. boligorganisation og måned</translation>
    </message>
    <message>
        <source>Days to let</source>
        <translation>Dage til udlejning</translation>
    </message>
    <message>
        <source>Rent loss paid</source>
        <translation>Betalt lejetab</translation>
    </message>
    <message>
        <source>Quota per department and organisation</source>
        <translation>Anvisningsandel pr. afdeling og boligorganisation</translation>
    </message>
    <message>
        <source>Offers accepted and declined</source>
        <translation>Boligtilbud accepteret og afslået</translation>
    </message>
    <message>
        <source>People housed per target group</source>
        <translation>Boligplacerede pr. målgruppe</translation>
    </message>
    <message>
        <source>Waiting times</source>
        <translation>Ventetider</translation>
    </message>
    <message>
        <source>Housing schemes</source>
        <translation>Boligordninger</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>There is no report called {key}.</source>
        <translation>Der findes ingen rapport ved navn {key}.</translation>
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
        <source>Choose a period of at most three years.</source>
        <translation>Vælg en periode på højst tre år.</translation>
    </message>
    <message>
        <source>The period is too long.</source>
        <translation>Perioden er for lang.</translation>
    </message>
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
        <source>Let</source>
        <translation>Udlejet</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Givet tilbage</translation>
    </message>
    <message>
        <source>Per organisation</source>
        <translation>Pr. boligorganisation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Boligorganisation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Per organisation and month</source>
        <translation>Pr. boligorganisation og måned</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Vacancies per month</source>
        <translation>Ledige boliger pr. måned</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Boliger</translation>
    </message>
    <message>
        <source>Dwellings reported to the desk, the desk&apos;s decisions, dwellings let and given back, per organisation and month.</source>
        <translation>Boliger indmeldt til anvisningen, anvisningens afgørelser, udlejede og tilbagegivne boliger pr. boligorganisation og måned.</translation>
    </message>
    <message>
        <source>Received counts the date reported, accepted and returned the date of the decision, let the date the lease starts, given back the date it was given back.</source>
        <translation>Modtaget tæller indmeldingsdatoen, accepteret og returneret afgørelsesdatoen, udlejet datoen hvor lejemålet begynder, givet tilbage datoen for tilbagegivelsen.</translation>
    </message>
    <message>
        <source>Dwellings let</source>
        <translation>Udlejede boliger</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Gns. dage</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median dage</translation>
    </message>
    <message>
        <source>Shortest</source>
        <translation>Kortest</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Længst</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>Days to let per organisation</source>
        <translation>Dage til udlejning pr. boligorganisation</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <source>Days from the day a dwelling was at the desk&apos;s disposal until its lease started, for dwellings let in the period.</source>
        <translation>Dage fra boligen stod til anvisningens rådighed, til lejemålet begyndte, for boliger udlejet i perioden.</translation>
    </message>
    <message>
        <source>Average days to let</source>
        <translation>Gns. dage til udlejning</translation>
    </message>
    <message>
        <source>Median days to let</source>
        <translation>Median dage til udlejning</translation>
    </message>
    <message>
        <source>Rent loss per month</source>
        <translation>Lejetab pr. måned</translation>
    </message>
    <message>
        <source>Rent loss</source>
        <translation>Lejetab</translation>
    </message>
    <message>
        <source>Kroner</source>
        <translation>Kroner</translation>
    </message>
    <message>
        <source>The rent paid for dwellings at the desk&apos;s disposal: monthly rent incl. a conto x 12 / 365 a day, until the lease started or the dwelling was given back; up to yesterday for a period that has not ended. The dwelling&apos;s housing scheme says who bears it: the municipality, the housing organisation or the landlord.</source>
        <translation>Den husleje, der er betalt for boliger stillet til rådighed for anvisningen: månedlig husleje inkl. aconto x 12 / 365 pr. dag, indtil lejemålet begyndte eller boligen blev givet tilbage; til og med i går for en periode, der ikke er slut. Boligens boligordning afgør, hvem der bærer det: kommunen, boligorganisationen eller udlejeren.</translation>
    </message>
    <message>
        <source>Dwellings with rent loss</source>
        <translation>Boliger med lejetab</translation>
    </message>
    <message>
        <source>Average per dwelling</source>
        <translation>Gennemsnit pr. bolig</translation>
    </message>
    <message>
        <source>Borne by: {bearer}</source>
        <translation>Båret af: {bearer}</translation>
    </message>
    <message>
        <source>Per bearer and month</source>
        <translation>Pr. betaler og måned</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Båret af</translation>
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
        <source>Organisations</source>
        <translation>Boligorganisationer</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Reported share against the agreed share</source>
        <translation>Indmeldt andel mod aftalt andel</translation>
    </message>
    <message>
        <source>Share of all vacancies</source>
        <translation>Andel af alle ledige</translation>
    </message>
    <message>
        <source>Dwellings reported to the desk against all the department&apos;s vacancies in the period and the share agreed for its colour. Departments without a count of all their vacancies cannot be judged.</source>
        <translation>Boliger indmeldt til anvisningen målt mod alle afdelingens ledige boliger i perioden og den andel, der er aftalt for dens farve. Afdelinger uden et tal for alle deres ledige boliger kan ikke vurderes.</translation>
    </message>
    <message>
        <source>Departments that met the share</source>
        <translation>Afdelinger der opfylder andelen</translation>
    </message>
    <message>
        <source>Departments short of the share</source>
        <translation>Afdelinger under andelen</translation>
    </message>
    <message>
        <source>Organisations that met the share</source>
        <translation>Boligorganisationer der opfylder andelen</translation>
    </message>
    <message>
        <source>Organisations with a count of all vacancies</source>
        <translation>Boligorganisationer med tal for alle ledige</translation>
    </message>
    <message>
        <source>Departments without all vacancies</source>
        <translation>Afdelinger uden ledige i alt</translation>
    </message>
    <message>
        <source>their share cannot be judged: see the list at the end</source>
        <translation>deres andel kan ikke vurderes: se listen til sidst</translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation>Ingen begrundelse registreret</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afslået</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Intet svar</translation>
    </message>
    <message>
        <source>Refusals by reason</source>
        <translation>Afslag fordelt på begrundelse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Declined by</source>
        <translation>Afslået af</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Answers per month</source>
        <translation>Svar pr. måned</translation>
    </message>
    <message>
        <source>Offers accepted or declined on the day of the answer, and offers left without an answer on their reply deadline; refusals by the reason recorded.</source>
        <translation>Tilbud accepteret eller afslået på svardagen og tilbud uden svar på svarfristen; afslag fordelt på den registrerede begrundelse.</translation>
    </message>
    <message>
        <source>Share accepted</source>
        <translation>Andel accepteret</translation>
    </message>
    <message>
        <source>Per target group</source>
        <translation>Pr. målgruppe</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Husstande</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Average days waited</source>
        <translation>Gns. ventedage</translation>
    </message>
    <message>
        <source>Median days waited</source>
        <translation>Median ventedage</translation>
    </message>
    <message>
        <source>Housed per target group</source>
        <translation>Boligplacerede pr. målgruppe</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Boligplacerede</translation>
    </message>
    <message>
        <source>Applicants whose case closed as housed in the period (households) and the persons in their households, per target group, with the days from registration to housing.</source>
        <translation>Boligsøgende, hvis sag blev afsluttet som boligplaceret i perioden (husstande), og personerne i husstandene, pr. målgruppe, med dagene fra opskrivning til boligplacering.</translation>
    </message>
    <message>
        <source>Households housed</source>
        <translation>Husstande boligplaceret</translation>
    </message>
    <message>
        <source>Persons housed</source>
        <translation>Personer boligplaceret</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Venter nu</translation>
    </message>
    <message>
        <source>Average days so far</source>
        <translation>Gns. dage indtil nu</translation>
    </message>
    <message>
        <source>Median days so far</source>
        <translation>Median dage indtil nu</translation>
    </message>
    <message>
        <source>Longest wait so far</source>
        <translation>Længste ventetid indtil nu</translation>
    </message>
    <message>
        <source>Housed in the period</source>
        <translation>Boligplaceret i perioden</translation>
    </message>
    <message>
        <source>Median waiting days per target group</source>
        <translation>Median ventedage pr. målgruppe</translation>
    </message>
    <message>
        <source>Days since registration of everyone waiting today (active, paused or with an offer), and the days those housed in the period waited.</source>
        <translation>Dage siden opskrivning for alle, der venter i dag (aktive, i pause eller med et tilbud), og de dage, de boligplacerede i perioden ventede.</translation>
    </message>
    <message>
        <source>Applicants waiting today</source>
        <translation>Boligsøgende på listen i dag</translation>
    </message>
    <message>
        <source>Median days waited so far</source>
        <translation>Median ventedage indtil nu</translation>
    </message>
    <message>
        <source>Median days waited by those housed</source>
        <translation>Median ventedage for boligplacerede</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>The most important figures of the period, from the reports that follow.</source>
        <translation>Periodens vigtigste tal fra rapporterne, der følger.</translation>
    </message>
    <message>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>Vælg et år mellem 2000 og 2100.</translation>
    </message>
    <message>
        <source>Follow-up on the joint letting agreement {year}</source>
        <translation>Opfølgning på udlejningsaftalen {year}</translation>
    </message>
    <message>
        <source>{unit}, {municipality}</source>
        <translation>{unit}, {municipality}</translation>
    </message>
</context>
<context>
    <name>SchemeReport</name>
    <message>
        <source>Per housing scheme</source>
        <translation>Pr. boligordning</translation>
    </message>
    <message>
        <source>Housing scheme</source>
        <translation>Boligordning</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Brugt</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Udlejet</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>Givet tilbage</translation>
    </message>
    <message>
        <source>Median days to let</source>
        <translation>Median dage til udlejning</translation>
    </message>
    <message>
        <source>Rent loss</source>
        <translation>Lejetab</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>No dwelling was at the desk&apos;s disposal in the period, in any scheme: there is nothing to count.</source>
        <translation>Ingen bolig var til anvisningens rådighed i perioden, i nogen ordning: der er intet at tælle.</translation>
    </message>
    <message>
        <source>Separate allocation rights</source>
        <translation>Særskilte anvisningsretter</translation>
    </message>
    <message>
        <source>The right</source>
        <translation>Retten</translation>
    </message>
    <message>
        <source>Allocated in the period</source>
        <translation>Anvist i perioden</translation>
    </message>
    <message>
        <source>Share of the right</source>
        <translation>Andel af retten</translation>
    </message>
    <message>
        <source>No scheme in force has a separate allocation right with its own number or share of dwellings.</source>
        <translation>Ingen gældende ordning har en særskilt anvisningsret med sit eget antal eller sin egen andel af boliger.</translation>
    </message>
    <message>
        <source>allocated of the right&apos;s {n} dwelling</source>
        <translation>anvist af rettens {n} bolig</translation>
    </message>
    <message>
        <source>allocated of the right&apos;s {n} dwellings</source>
        <translation>anvist af rettens {n} boliger</translation>
    </message>
    <message>
        <source>Agreed share and uptake</source>
        <translation>Aftalt andel og udnyttelse</translation>
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
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Uptake</source>
        <translation>Udnyttelse</translation>
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
        <source>Agreed dwellings</source>
        <translation>Aftalte boliger</translation>
    </message>
    <message>
        <source>Reported to the desk</source>
        <translation>Indmeldt til anvisningen</translation>
    </message>
    <message>
        <source>Used by the desk</source>
        <translation>Brugt</translation>
    </message>
    <message>
        <source>Uptake of the agreed share</source>
        <translation>Udnyttelse af den aftalte andel</translation>
    </message>
    <message>
        <source>No department has a count of all its vacancies in the period, so the agreed share cannot be set against the uptake: enter or import the organisations&apos; counts of all vacancies (Ledige i alt).</source>
        <translation>Ingen afdeling har en optælling af alle sine ledige boliger i perioden, så den aftalte andel kan ikke holdes op mod udnyttelsen: indtast eller importér boligorganisationernes tal for alle ledige (Ledige i alt).</translation>
    </message>
    <message>
        <source>Dwellings in the schemes besides the ordinary share</source>
        <translation>Boliger i ordningerne ud over den almindelige andel</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Boliger</translation>
    </message>
    <message>
        <source>dwellings used of those the agreed share gives the desk</source>
        <translation>brugte boliger af dem, den aftalte andel giver anvisningen</translation>
    </message>
    <message>
        <source>Per housing scheme: dwellings received, used (an offer sent or the lease started in the period) and given back, the median days to let and the rent loss; the separate allocation rights&apos; dwellings allocated (an offer accepted in the period); and per department the agreed share against the dwellings the desk used of it.</source>
        <translation>Pr. boligordning: boliger modtaget, brugt (et tilbud sendt eller lejemålet begyndt i perioden) og givet tilbage, median dage til udlejning og lejetab; de særskilte anvisningsretters anviste boliger (et tilbud accepteret i perioden); og pr. afdeling den aftalte andel holdt op mod de boliger, anvisningen brugte af den.</translation>
    </message>
</context>
</TS>
