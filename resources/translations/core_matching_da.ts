<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Matching</name>
    <message>
        <source>There is no applicant number {id}.</source>
        <translation>Der findes ingen boligsøgende med nummer {id}.</translation>
    </message>
    <message>
        <source>Persons a room must be between 0.5 and 10; rooms more than persons between 0 and 10.</source>
        <translation>Personer pr. rum skal være mellem 0,5 og 10; rum ud over antal personer mellem 0 og 10.</translation>
    </message>
    <message>
        <source>Each reason needs its own short code (a-z, 0-9, _).</source>
        <translation>Hver begrundelse skal have sin egen korte kode (a-z, 0-9, _).</translation>
    </message>
    <message>
        <source>Each reason needs a text.</source>
        <translation>Hver begrundelse skal have en tekst.</translation>
    </message>
    <message>
        <source>A pause lasts from 1 to 365 days.</source>
        <translation>En pause varer fra 1 til 365 dage.</translation>
    </message>
    <message>
        <source>Keep at least one reason in use.</source>
        <translation>Mindst én begrundelse skal være i brug.</translation>
    </message>
    <message>
        <source>The settings were not saved.</source>
        <translation>Indstillingerne blev ikke gemt.</translation>
    </message>
    <message>
        <source>There is no dwelling number {id}.</source>
        <translation>Der findes ingen bolig med nummer {id}.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Candidates for {address}, {place} ({department}) on {day}</source>
        <translation>Kandidater til {address}, {place} ({department}) den {day}</translation>
    </message>
    <message>
        <source>{count} may be offered the dwelling; {excluded} are excluded.</source>
        <translation>{count} kan tilbydes boligen; {excluded} er udelukket.</translation>
    </message>
    <message>
        <source>{rank:&gt;4}. {name} (no. {id}), {urgency}, fit {score}</source>
        <translation>{rank:&gt;4}. {name} (nr. {id}), {urgency}, match {score}</translation>
    </message>
    <message>
        <source>... and {more} more (--all or --json shows them all)</source>
        <translation>... og {more} mere (--all eller --json viser alle)</translation>
    </message>
    <message>
        <source>The applicant has been housed and is no longer on the list.</source>
        <translation>Den boligsøgende er boligplaceret og står ikke længere på listen.</translation>
    </message>
    <message>
        <source>The applicant has been removed from the list.</source>
        <translation>Den boligsøgende er slettet fra listen.</translation>
    </message>
    <message>
        <source>The applicant is paused on the list.</source>
        <translation>Den boligsøgende er sat på pause på listen.</translation>
    </message>
    <message>
        <source>The applicant is paused on the list until {date}.</source>
        <translation>Den boligsøgende er sat på pause på listen til og med {date}.</translation>
    </message>
    <message>
        <source>The applicant already has an open offer of another dwelling.</source>
        <translation>Den boligsøgende har allerede et åbent tilbud på en anden bolig.</translation>
    </message>
    <message>
        <source>The department has no placement (colour) on the day: the desk may not place anyone there until it is placed.</source>
        <translation>Afdelingen har ingen indplacering (farve) på datoen: anvisningen kan ikke anvise hertil, før den er indplaceret.</translation>
    </message>
    <message>
        <source>The department is red in the trappetrinsmodel: the desk places no one there.</source>
        <translation>Afdelingen er rød i trappetrinsmodellen: kommunen anviser ikke hertil.</translation>
    </message>
    <message>
        <source>The colour policy does not let the desk place anyone in this department.</source>
        <translation>Farvereglerne tillader ikke, at kommunen anviser til denne afdeling.</translation>
    </message>
    <message>
        <source>The applicant needs a strong area and the department is yellow in the trappetrinsmodel.</source>
        <translation>Den boligsøgende har brug for et stærkt boligområde, og afdelingen er gul i trappetrinsmodellen.</translation>
    </message>
    <message>
        <source>Refugees may not be placed in an udsat boligområde (integrationsloven § 12, stk. 2).</source>
        <translation>Flygtninge må ikke boligplaceres i et udsat boligområde (integrationsloven § 12, stk. 2).</translation>
    </message>
    <message>
        <source>an udsat boligområde</source>
        <translation>et udsat boligområde</translation>
    </message>
    <message>
        <source>a forebyggelsesområde</source>
        <translation>et forebyggelsesområde</translation>
    </message>
    <message>
        <source>ABL § 59, stk. 6, nr. {number}</source>
        <translation>almenboligloven § 59, stk. 6, nr. {number}</translation>
    </message>
    <message>
        <source>ABL § 59, stk. 7</source>
        <translation>almenboligloven § 59, stk. 7</translation>
    </message>
    <message>
        <source>A member of the household under {age} has been released after a sentence; the department lies in {area} ({paragraph}).</source>
        <translation>Et medlem af husstanden under {age} år er løsladt efter afsoning af en dom, og afdelingen ligger i {area} ({paragraph}).</translation>
    </message>
    <message>
        <source>A member of the household is not a citizen of an EU/EEA country or Switzerland ({country}) and is not a student; the department lies in {area} ({paragraph}).</source>
        <translation>Et medlem af husstanden er ikke statsborger i et EU/EØS-land eller Schweiz ({country}) og er ikke studerende, og afdelingen ligger i {area} ({paragraph}).</translation>
    </message>
    <message>
        <source>A member of the household receives førtidspension; the department lies in an udsat boligområde (ABL § 59, stk. 6, nr. 6).</source>
        <translation>Et medlem af husstanden modtager førtidspension, og afdelingen ligger i et udsat boligområde (almenboligloven § 59, stk. 6, nr. 6).</translation>
    </message>
    <message>
        <source>Homeless applicants over {high} years are not placed in youth dwellings (kept apart from young homeless people).</source>
        <translation>Hjemløse over {high} år anvises ikke til ungdomsboliger (de holdes adskilt fra unge hjemløse).</translation>
    </message>
    <message>
        <source>The rent incl. a conto ({rent}) is above the applicant&apos;s limit ({limit}).</source>
        <translation>Huslejen inkl. aconto ({rent}) er over den boligsøgendes grænse ({limit}).</translation>
    </message>
    <message>
        <source>A member of the household was released from prison within the last {n} month ({date}); the department lies in {area} ({paragraph}).</source>
        <translation>Et medlem af husstanden er løsladt inden for den seneste {n} måned ({date}), og afdelingen ligger i {area} ({paragraph}).</translation>
    </message>
    <message>
        <source>A member of the household was released from prison within the last {n} months ({date}); the department lies in {area} ({paragraph}).</source>
        <translation>Et medlem af husstanden er løsladt inden for de seneste {n} måneder ({date}), og afdelingen ligger i {area} ({paragraph}).</translation>
    </message>
    <message>
        <source>A member of the household had a tenancy terminated for gross misconduct within the last {n} month ({date}); the department lies in {area} ({paragraph}).</source>
        <translation>Et medlem af husstanden har fået sit lejemål ophævet på grund af grov adfærd inden for den seneste {n} måned ({date}), og afdelingen ligger i {area} ({paragraph}).</translation>
    </message>
    <message>
        <source>A member of the household had a tenancy terminated for gross misconduct within the last {n} months ({date}); the department lies in {area} ({paragraph}).</source>
        <translation>Et medlem af husstanden har fået sit lejemål ophævet på grund af grov adfærd inden for de seneste {n} måneder ({date}), og afdelingen ligger i {area} ({paragraph}).</translation>
    </message>
    <message>
        <source>A member of the household has received kontanthjælp-type benefits for {n} consecutive calendar month (at least {needed}, since {date}); the department lies in an udsat boligområde (ABL § 59, stk. 6, nr. 5).</source>
        <translation>Et medlem af husstanden har modtaget kontanthjælp eller lignende ydelse i {n} kalendermåned (mindst {needed}, siden {date}), og afdelingen ligger i et udsat boligområde (almenboligloven § 59, stk. 6, nr. 5).</translation>
    </message>
    <message>
        <source>A member of the household has received kontanthjælp-type benefits for {n} consecutive calendar months (at least {needed}, since {date}); the department lies in an udsat boligområde (ABL § 59, stk. 6, nr. 5).</source>
        <translation>Et medlem af husstanden har modtaget kontanthjælp eller lignende ydelse i {n} sammenhængende kalendermåneder (mindst {needed}, siden {date}), og afdelingen ligger i et udsat boligområde (almenboligloven § 59, stk. 6, nr. 5).</translation>
    </message>
    <message>
        <source>A member of the household has received dagpenge, sygedagpenge or ressourceforløbsydelse for {n} consecutive calendar month (at least {needed}, since {date}); the department lies in an udsat boligområde (ABL § 59, stk. 6, nr. 7).</source>
        <translation>Et medlem af husstanden har modtaget dagpenge, sygedagpenge eller ressourceforløbsydelse i {n} kalendermåned (mindst {needed}, siden {date}), og afdelingen ligger i et udsat boligområde (almenboligloven § 59, stk. 6, nr. 7).</translation>
    </message>
    <message>
        <source>A member of the household has received dagpenge, sygedagpenge or ressourceforløbsydelse for {n} consecutive calendar months (at least {needed}, since {date}); the department lies in an udsat boligområde (ABL § 59, stk. 6, nr. 7).</source>
        <translation>Et medlem af husstanden har modtaget dagpenge, sygedagpenge eller ressourceforløbsydelse i {n} sammenhængende kalendermåneder (mindst {needed}, siden {date}), og afdelingen ligger i et udsat boligområde (almenboligloven § 59, stk. 6, nr. 7).</translation>
    </message>
    <message>
        <source>A member of the household has received the lowest benefits (selvforsørgelses- og hjemrejseydelse, overgangsydelse or kontanthjælp at the mindstesats) for {n} consecutive calendar month (at least {needed}, since {date}); the department is a forebyggelsesområde (ABL § 59, stk. 7).</source>
        <translation>Et medlem af husstanden har modtaget de laveste ydelser (selvforsørgelses- og hjemrejseydelse, overgangsydelse eller kontanthjælp på mindstesats) i {n} kalendermåned (mindst {needed}, siden {date}), og afdelingen er et forebyggelsesområde (almenboligloven § 59, stk. 7).</translation>
    </message>
    <message>
        <source>A member of the household has received the lowest benefits (selvforsørgelses- og hjemrejseydelse, overgangsydelse or kontanthjælp at the mindstesats) for {n} consecutive calendar months (at least {needed}, since {date}); the department is a forebyggelsesområde (ABL § 59, stk. 7).</source>
        <translation>Et medlem af husstanden har modtaget de laveste ydelser (selvforsørgelses- og hjemrejseydelse, overgangsydelse eller kontanthjælp på mindstesats) i {n} sammenhængende kalendermåneder (mindst {needed}, siden {date}), og afdelingen er et forebyggelsesområde (almenboligloven § 59, stk. 7).</translation>
    </message>
    <message>
        <source>Young homeless applicants ({low}-{high} years) are only placed in youth dwellings, in departments marked suitable for young people or in a scheme for young people.</source>
        <translation>Unge hjemløse ({low}-{high} år) anvises kun til ungdomsboliger, til afdelinger, der er egnede for unge, eller til en boligordning for unge.</translation>
    </message>
    <message>
        <source>The dwelling belongs to {scheme}, which serves other target groups ({groups}).</source>
        <translation>Boligen hører til {scheme}, som er for andre målgrupper ({groups}).</translation>
    </message>
    <message>
        <source>The applicant&apos;s birth date is not recorded; {scheme} has the age limit {band}.</source>
        <translation>Den boligsøgendes fødselsdato er ikke registreret; {scheme} har aldersgrænsen {band}.</translation>
    </message>
    <message>
        <source>The applicant is {n} year old on {date}; {scheme} has the age limit {band}.</source>
        <translation>Den boligsøgende er {n} år den {date}; {scheme} har aldersgrænsen {band}.</translation>
    </message>
    <message>
        <source>The applicant is {n} years old on {date}; {scheme} has the age limit {band}.</source>
        <translation>Den boligsøgende er {n} år den {date}; {scheme} har aldersgrænsen {band}.</translation>
    </message>
    <message>
        <source>{scheme} requires a support measure in place ({measures}); no one in the household has one on {date}.</source>
        <translation>{scheme} kræver en støtteforanstaltning ({measures}); ingen i husstanden har en den {date}.</translation>
    </message>
    <message>
        <source>{scheme} requires a dispensation (such as from the study demand); no one in the household has one on {date}.</source>
        <translation>{scheme} kræver en dispensation (f.eks. fra studiekravet); ingen i husstanden har en den {date}.</translation>
    </message>
    <message>
        <source>The dwelling has {rooms}; the applicant needs at least {wanted}.</source>
        <translation>Boligen har {rooms}; den boligsøgende har brug for mindst {wanted}.</translation>
    </message>
    <message>
        <source>The dwelling has {rooms}; the applicant wants at most {wanted}.</source>
        <translation>Boligen har {rooms}; den boligsøgende ønsker højst {wanted}.</translation>
    </message>
    <message>
        <source>{n} room</source>
        <translation>{n} vær.</translation>
    </message>
    <message>
        <source>{n} rooms</source>
        <translation>{n} vær.</translation>
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
        <source>The household of {persons} is too large for {rooms} (at most {per_room} a room).</source>
        <translation>En husstand på {persons} er for stor til {rooms} (højst {per_room} pr. rum).</translation>
    </message>
    <message>
        <source>{rooms} are too many for a household of {persons} (at most {extra} more than persons).</source>
        <translation>{rooms} er for mange til en husstand på {persons} (højst {extra} mere end antal personer).</translation>
    </message>
    <message>
        <source>The applicant needs a wheelchair-accessible dwelling; this one is not stated as one.</source>
        <translation>Den boligsøgende har brug for en kørestolsegnet bolig; denne er ikke oplyst som kørestolsegnet.</translation>
    </message>
    <message>
        <source>The applicant needs step-free access; this dwelling is not stated as step-free.</source>
        <translation>Den boligsøgende har brug for niveaufri adgang; denne bolig er ikke oplyst som niveaufri.</translation>
    </message>
    <message>
        <source>The applicant needs a ground-floor dwelling; this one is on floor {floor}.</source>
        <translation>Den boligsøgende har brug for en stueetagebolig; denne ligger på etage {floor}.</translation>
    </message>
    <message>
        <source>The household has pets; it is not stated that pets are allowed here.</source>
        <translation>Husstanden har husdyr; det er ikke oplyst, at husdyr er tilladt her.</translation>
    </message>
    <message>
        <source>The household has pets; pets are not allowed in this dwelling.</source>
        <translation>Husstanden har husdyr; husdyr er ikke tilladt i denne bolig.</translation>
    </message>
    <message>
        <source>The department is on the applicant&apos;s list of departments not to be offered.</source>
        <translation>Afdelingen står på den boligsøgendes liste over afdelinger, der ikke må tilbydes.</translation>
    </message>
    <message>
        <source>The applicant has been offered this dwelling before and declined it or did not answer.</source>
        <translation>Den boligsøgende har fået tilbudt denne bolig før og sagt nej eller ikke svaret.</translation>
    </message>
    <message>
        <source>Status on the list</source>
        <translation>Status på listen</translation>
    </message>
    <message>
        <source>Open offer</source>
        <translation>Åbent tilbud</translation>
    </message>
    <message>
        <source>Colour of the department</source>
        <translation>Afdelingens farve</translation>
    </message>
    <message>
        <source>Needs a strong area</source>
        <translation>Skal have et stærkt område</translation>
    </message>
    <message>
        <source>Refugee, udsat boligområde</source>
        <translation>Flygtning, udsat boligområde</translation>
    </message>
    <message>
        <source>Released from prison (§ 59)</source>
        <translation>Løsladt (§ 59)</translation>
    </message>
    <message>
        <source>Minor released after a sentence (§ 59)</source>
        <translation>Mindreårig løsladt efter dom (§ 59)</translation>
    </message>
    <message>
        <source>Tenancy terminated (§ 59)</source>
        <translation>Lejemål ophævet (§ 59)</translation>
    </message>
    <message>
        <source>Citizenship outside EU/EEA (§ 59)</source>
        <translation>Statsborgerskab uden for EU/EØS (§ 59)</translation>
    </message>
    <message>
        <source>Kontanthjælp 6 months (§ 59)</source>
        <translation>Kontanthjælp i 6 måneder (§ 59)</translation>
    </message>
    <message>
        <source>Førtidspension (§ 59)</source>
        <translation>Førtidspension (§ 59)</translation>
    </message>
    <message>
        <source>Dagpenge 6 months (§ 59)</source>
        <translation>Dagpenge i 6 måneder (§ 59)</translation>
    </message>
    <message>
        <source>Lowest benefits 6 months (§ 59)</source>
        <translation>Laveste ydelser i 6 måneder (§ 59)</translation>
    </message>
    <message>
        <source>Young: youth dwellings only</source>
        <translation>Ung: kun ungdomsboliger</translation>
    </message>
    <message>
        <source>Older: no youth dwellings</source>
        <translation>Ældre: ikke ungdomsboliger</translation>
    </message>
    <message>
        <source>Scheme: target group</source>
        <translation>Boligordning: målgruppe</translation>
    </message>
    <message>
        <source>Scheme: age limit</source>
        <translation>Boligordning: aldersgrænse</translation>
    </message>
    <message>
        <source>Scheme: support measure</source>
        <translation>Boligordning: støtteforanstaltning</translation>
    </message>
    <message>
        <source>Scheme: dispensation</source>
        <translation>Boligordning: dispensation</translation>
    </message>
    <message>
        <source>Rent above the limit</source>
        <translation>Husleje over grænsen</translation>
    </message>
    <message>
        <source>Number of rooms wished</source>
        <translation>Ønsket antal værelser</translation>
    </message>
    <message>
        <source>Occupancy norm</source>
        <translation>Belægningsnorm</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Kørestolsegnet</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Niveaufri adgang</translation>
    </message>
    <message>
        <source>Ground floor</source>
        <translation>Stueetage</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Husdyr</translation>
    </message>
    <message>
        <source>Excluded department</source>
        <translation>Fravalgt afdeling</translation>
    </message>
    <message>
        <source>Declined before</source>
        <translation>Sagt nej før</translation>
    </message>
    <message>
        <source>A private landlord&apos;s dwelling lies in no department: the department&apos;s colour, the ministry&apos;s lists (ABL § 59, stk. 6 and 7) and the departments applicants exclude do not apply.</source>
        <translation>En privat udlejers bolig ligger ikke i en afdeling: afdelingens farve, ministeriets lister (ABL § 59, stk. 6 og 7) og de afdelinger, boligsøgende har fravalgt, gælder ikke.</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>acute</source>
        <translation>akut</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>no area wished</source>
        <translation>intet ønsket område</translation>
    </message>
    <message>
        <source>in a wished area</source>
        <translation>i et ønsket område</translation>
    </message>
    <message>
        <source>not in a wished area</source>
        <translation>ikke i et ønsket område</translation>
    </message>
    <message>
        <source>rooms as needed</source>
        <translation>værelser som behovet</translation>
    </message>
    <message>
        <source>{n} room more than needed</source>
        <translation>{n} vær. mere end behovet</translation>
    </message>
    <message>
        <source>{n} rooms more than needed</source>
        <translation>{n} vær. mere end behovet</translation>
    </message>
    <message>
        <source>Waiting time: {n} day (registered {date})</source>
        <translation>Ventetid: {n} dag (skrevet op {date})</translation>
    </message>
    <message>
        <source>Waiting time: {n} days (registered {date})</source>
        <translation>Ventetid: {n} dage (skrevet op {date})</translation>
    </message>
    <message>
        <source>rent {share} of the limit</source>
        <translation>husleje {share} af grænsen</translation>
    </message>
    <message>
        <source>Fit {score} of 100: {parts}</source>
        <translation>Match {score} af 100: {parts}</translation>
    </message>
    <message>
        <source>Urgency: {urgency}</source>
        <translation>Hastegrad: {urgency}</translation>
    </message>
    <message>
        <source>Ahead of no. {number} on urgency ({mine} against {theirs}).</source>
        <translation>Foran nr. {number} på hastegrad ({mine} mod {theirs}).</translation>
    </message>
    <message>
        <source>Ahead of no. {number} on waiting time ({mine} against {theirs} days).</source>
        <translation>Foran nr. {number} på ventetid ({mine} mod {theirs} dage).</translation>
    </message>
    <message>
        <source>Ahead of no. {number} on fit ({mine} against {theirs}).</source>
        <translation>Foran nr. {number} på match ({mine} mod {theirs}).</translation>
    </message>
    <message>
        <source>Ahead of no. {number} on the tie-breaker: equal on every criterion, registered earlier or with the lower applicant number.</source>
        <translation>Foran nr. {number} ved lodtrækningsreglen: lige på alle kriterier, skrevet op før eller med lavere boligsøgendenummer.</translation>
    </message>
</context>
</TS>
