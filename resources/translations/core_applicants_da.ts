<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ApplicantImport</name>
    <message>
        <source>The highest rent must be above 0.</source>
        <translation>Den højeste husleje skal være over 0.</translation>
    </message>
    <message>
        <source>Need: {text}</source>
        <translation>Behov: {text}</translation>
    </message>
    <message>
        <source>Household: {text}</source>
        <translation>Husstand: {text}</translation>
    </message>
    <message>
        <source>E-mail (not valid): {text}</source>
        <translation>E-mail (ugyldig): {text}</translation>
    </message>
    <message>
        <source>“{value}” is not a target group. The groups are: {groups}.</source>
        <translation>“{value}” er ikke en målgruppe. Målgrupperne er: {groups}.</translation>
    </message>
    <message>
        <source>The registration date is in the future.</source>
        <translation>Oprettelsesdatoen ligger i fremtiden.</translation>
    </message>
    <message>
        <source>Already in the register (record no. {id}); not changed.</source>
        <translation>Findes allerede i registret (nr. {id}); ikke ændret.</translation>
    </message>
    <message>
        <source>Imported from {file}, row {row}</source>
        <translation>Importeret fra {file}, række {row}</translation>
    </message>
    <message>
        <source>Without a CPR number: check the identity.</source>
        <translation>Uden CPR-nummer: kontrollér identiteten.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Prøvekørsel: intet blev gemt.</translation>
    </message>
    <message>
        <source>{file}: {imported} of {total} imported, {rejected}, {duplicates}.</source>
        <translation>{file}: {imported} af {total} importeret, {rejected}, {duplicates}.</translation>
    </message>
    <message>
        <source>{n} applicant</source>
        <translation>{n} boligsøgende</translation>
    </message>
    <message>
        <source>{n} applicants</source>
        <translation>{n} boligsøgende</translation>
    </message>
    <message>
        <source>{n} row with errors</source>
        <translation>{n} række med fejl</translation>
    </message>
    <message>
        <source>{n} rows with errors</source>
        <translation>{n} rækker med fejl</translation>
    </message>
    <message>
        <source>{file} is not a list of applicants: only {found} of the {n} row of the sheet {sheet} has a name and a CPR number or birth date. Nothing was imported.</source>
        <translation>{file} er ikke en liste over boligsøgende: kun {found} af den {n} række i arket {sheet} har et navn og et CPR-nummer eller en fødselsdato. Intet blev importeret.</translation>
    </message>
    <message>
        <source>{file} is not a list of applicants: only {found} of the {n} rows of the sheet {sheet} have a name and a CPR number or birth date. Nothing was imported.</source>
        <translation>{file} er ikke en liste over boligsøgende: kun {found} af de {n} rækker i arket {sheet} har et navn og et CPR-nummer eller en fødselsdato. Intet blev importeret.</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
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
        <source>Address or whereabouts</source>
        <translation>Adresse eller opholdssted</translation>
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
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Highest rent</source>
        <translation>Højeste husleje</translation>
    </message>
    <message>
        <source>Rooms wanted</source>
        <translation>Ønskede værelser</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>The CPR number is not a number.</source>
        <translation>CPR-nummeret er ikke et tal.</translation>
    </message>
    <message>
        <source>The CPR number {cpr} contains a letter or sign.</source>
        <translation>CPR-nummeret {cpr} indeholder et bogstav eller tegn.</translation>
    </message>
    <message>
        <source>The CPR number {cpr} has {n} digit, not 10.</source>
        <translation>CPR-nummeret {cpr} har {n} ciffer, ikke 10.</translation>
    </message>
    <message>
        <source>The CPR number {cpr} has {n} digits, not 10.</source>
        <translation>CPR-nummeret {cpr} har {n} cifre, ikke 10.</translation>
    </message>
    <message>
        <source>The CPR number {cpr} does not start with a real date of birth (DDMMYY).</source>
        <translation>CPR-nummeret {cpr} begynder ikke med en gyldig fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number.</source>
        <translation>“{value}” er ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>“{value}” is not a priority (write Akut, Høj or Normal).</source>
        <translation>“{value}” er ikke en hastegrad (skriv Akut, Høj eller Normal).</translation>
    </message>
    <message>
        <source>The household “{value}” has no adult.</source>
        <translation>Husstanden “{value}” har ingen voksen.</translation>
    </message>
    <message>
        <source>“{value}” is not a household (write e.g. 2 voksne + 2 børn).</source>
        <translation>“{value}” er ikke en husstand (skriv fx 2 voksne + 2 børn).</translation>
    </message>
</context>
<context>
    <name>Applicants</name>
    <message>
        <source>Write why you need the personal data (the purpose).</source>
        <translation>Skriv hvorfor du skal bruge personoplysningerne (formålet).</translation>
    </message>
    <message>
        <source>A purpose is needed.</source>
        <translation>Et formål skal angives.</translation>
    </message>
    <message>
        <source>The household member no longer exists.</source>
        <translation>Husstandsmedlemmet findes ikke længere.</translation>
    </message>
    <message>
        <source>Write the caseworker&apos;s name.</source>
        <translation>Skriv sagsbehandlerens navn.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Et navn skal angives.</translation>
    </message>
    <message>
        <source>The caseworker no longer exists.</source>
        <translation>Sagsbehandleren findes ikke længere.</translation>
    </message>
    <message>
        <source>Same CPR number</source>
        <translation>Samme CPR-nummer</translation>
    </message>
    <message>
        <source>The CPR number is in this applicant&apos;s household</source>
        <translation>CPR-nummeret står i denne boligsøgendes husstand</translation>
    </message>
    <message>
        <source>Same name and birth date</source>
        <translation>Samme navn og fødselsdato</translation>
    </message>
    <message>
        <source>{name} ({cpr}) may already be registered: {reason}. Open the existing record or merge the two.</source>
        <translation>{name} ({cpr}) er måske allerede oprettet: {reason}. Åbn den eksisterende sag eller læg de to sammen.</translation>
    </message>
    <message>
        <source>Merged with record no. {id} (registered {date})</source>
        <translation>Lagt sammen med nr. {id} (oprettet {date})</translation>
    </message>
    <message>
        <source>Both records have an open offer. Finish or withdraw one of the offers, then merge.</source>
        <translation>Begge sager har et åbent tilbud. Afslut eller træk et af tilbuddene tilbage, og læg dem så sammen.</translation>
    </message>
    <message>
        <source>The birth date does not match the CPR number ({date}).</source>
        <translation>Fødselsdatoen passer ikke med CPR-nummeret ({date}).</translation>
    </message>
    <message>
        <source>The birth date must be a past date.</source>
        <translation>Fødselsdatoen skal ligge før i dag.</translation>
    </message>
    <message>
        <source>Write the citizen&apos;s name.</source>
        <translation>Skriv borgerens navn.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Navnet er længere end 200 tegn.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces and perhaps a leading +.</source>
        <translation>Et telefonnummer består af cifre, mellemrum og evt. et + foran.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>E-mailadressen er ikke gyldig.</translation>
    </message>
    <message>
        <source>At most {n} character.</source>
        <translation>Højst {n} tegn.</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>Højst {n} tegn.</translation>
    </message>
    <message>
        <source>The registration date cannot be in the future.</source>
        <translation>Oprettelsesdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
        <source>The highest rent must be a monthly amount between 1 and 100.000 kr.</source>
        <translation>Den højeste husleje skal være et månedligt beløb mellem 1 og 100.000 kr.</translation>
    </message>
    <message>
        <source>Rooms must be between 1 and 10.</source>
        <translation>Antal værelser skal være mellem 1 og 10.</translation>
    </message>
    <message>
        <source>The most rooms cannot be fewer than the fewest rooms.</source>
        <translation>Højeste antal værelser kan ikke være mindre end laveste.</translation>
    </message>
    <message>
        <source>The applicant is already in the household.</source>
        <translation>Den boligsøgende er allerede med i husstanden.</translation>
    </message>
    <message>
        <source>A household member has the applicant&apos;s own CPR number.</source>
        <translation>Et husstandsmedlem har den boligsøgendes eget CPR-nummer.</translation>
    </message>
    <message>
        <source>Write the benefit&apos;s name.</source>
        <translation>Skriv ydelsens navn.</translation>
    </message>
    <message>
        <source>Write the support measure&apos;s name (bostøtte).</source>
        <translation>Skriv støtteforanstaltningens navn (bostøtte).</translation>
    </message>
    <message>
        <source>Write the citizenship as a two-letter country code (DK, SY, UA).</source>
        <translation>Skriv statsborgerskabet som landekode med to bogstaver (DK, SY, UA).</translation>
    </message>
    <message>
        <source>Write the date.</source>
        <translation>Skriv datoen.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Slutdatoen ligger før startdatoen.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Har tilbud</translation>
    </message>
    <message>
        <source>Housed</source>
        <translation>Boligplaceret</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høj</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Boligsøgende</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Other adult</source>
        <translation>Anden voksen</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Release from prison</source>
        <translation>Løsladelse</translation>
    </message>
    <message>
        <source>Tenancy terminated</source>
        <translation>Lejemål ophævet</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Statsborgerskab</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Studerende</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Støtteforanstaltning</translation>
    </message>
    <message>
        <source>Dispensation</source>
        <translation>Dispensation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepteret</translation>
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
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Imported from a list</source>
        <translation>Importeret fra en liste</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>CPR number shown</source>
        <translation>CPR-nummer vist</translation>
    </message>
    <message>
        <source>Searched by CPR number</source>
        <translation>Søgt på CPR-nummer</translation>
    </message>
    <message>
        <source>Sensitive information viewed</source>
        <translation>Følsomme oplysninger vist</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymiseret</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhedskopi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendannelse</translation>
    </message>
    <message>
        <source>No CPR number</source>
        <translation>Uden CPR-nummer</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonymiseret)</translation>
    </message>
    <message>
        <source>Choose two different records to merge.</source>
        <translation>Vælg to forskellige sager at lægge sammen.</translation>
    </message>
    <message>
        <source>{who} saved one of the two records while you were choosing. Nothing was merged: reload to see both records as they are now and choose again.</source>
        <translation>{who} gemte en af de to poster, mens du valgte. Intet blev lagt sammen: genindlæs for at se begge poster, som de er nu, og vælg igen.</translation>
    </message>
    <message>
        <source>The applicant no longer exists.</source>
        <translation>Den boligsøgende findes ikke længere.</translation>
    </message>
    <message>
        <source>The case is anonymised and can no longer be changed.</source>
        <translation>Sagen er anonymiseret og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Choose a target group from the list.</source>
        <translation>Vælg en målgruppe på listen.</translation>
    </message>
    <message>
        <source>An excluded department no longer exists.</source>
        <translation>En fravalgt afdeling findes ikke længere.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>{who} saved this applicant while you were editing. Close the form, open it again and make your change once more.</source>
        <translation>{who} gemte denne boligsøgende, mens du redigerede. Luk formularen, åbn den igen, og lav din ændring en gang til.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>Choose the date the pause ends (after today).</source>
        <translation>Vælg datoen, hvor pausen slutter (efter i dag).</translation>
    </message>
    <message>
        <source>A date after today.</source>
        <translation>En dato efter i dag.</translation>
    </message>
    <message>
        <source>Write why the applicant is removed from the list.</source>
        <translation>Skriv hvorfor den boligsøgende slettes fra listen.</translation>
    </message>
    <message>
        <source>A reason is needed.</source>
        <translation>En begrundelse skal angives.</translation>
    </message>
    <message>
        <source>The pause ended</source>
        <translation>Pausen sluttede</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Own address</source>
        <translation>Egen adresse</translation>
    </message>
    <message>
        <source>c/o address</source>
        <translation>c/o-adresse</translation>
    </message>
    <message>
        <source>Handed over by the caseworker</source>
        <translation>Udleveres af sagsbehandleren</translation>
    </message>
    <message>
        <source>Digital Post</source>
        <translation>Digital Post</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ikke valgt</translation>
    </message>
    <message>
        <source>Read as an address: check it</source>
        <translation>Læst som adresse: tjek den</translation>
    </message>
    <message>
        <source>No address: kept as whereabouts</source>
        <translation>Ingen adresse: gemt som opholdssted</translation>
    </message>
    <message>
        <source>A Danish postcode has four digits.</source>
        <translation>Et dansk postnummer har fire cifre.</translation>
    </message>
    <message>
        <source>Write the street and house number.</source>
        <translation>Skriv vej og husnummer.</translation>
    </message>
    <message>
        <source>Write the postcode (four digits).</source>
        <translation>Skriv postnummeret (fire cifre).</translation>
    </message>
    <message>
        <source>Write the town.</source>
        <translation>Skriv bynavnet.</translation>
    </message>
    <message>
        <source>Write whom the letters go c/o (a shelter, a relative, the caseworker).</source>
        <translation>Skriv, hvem brevene skal sendes c/o (et herberg, et familiemedlem, sagsbehandleren).</translation>
    </message>
    <message>
        <source>Letters to the own address have no c/o line: empty it, or choose c/o.</source>
        <translation>Breve til egen adresse har ingen c/o-linje: slet den, eller vælg c/o.</translation>
    </message>
    <message>
        <source>Choose the caseworker who hands the letters over.</source>
        <translation>Vælg den sagsbehandler, der udleverer brevene.</translation>
    </message>
    <message>
        <source>The citizen is exempt from Digital Post: choose another way.</source>
        <translation>Borgeren er fritaget for Digital Post: vælg en anden måde.</translation>
    </message>
    <message>
        <source>Digital Post needs the citizen&apos;s CPR number.</source>
        <translation>Digital Post kræver borgerens CPR-nummer.</translation>
    </message>
    <message>
        <source>The letter cannot be sent: choose how letters reach {name} (own address, c/o address, hand-over by the caseworker or Digital Post) in the applicant&apos;s form.</source>
        <translation>Brevet kan ikke sendes: vælg i den boligsøgendes oplysninger, hvordan breve når frem til {name} (egen adresse, c/o-adresse, udlevering ved sagsbehandleren eller Digital Post).</translation>
    </message>
    <message>
        <source>The letter cannot be sent to {name} ({channel}): {problem} Or choose another way in the applicant&apos;s form.</source>
        <translation>Brevet kan ikke sendes til {name} ({channel}): {problem} Eller vælg en anden måde i den boligsøgendes oplysninger.</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>The case is anonymised: the desk holds no data on the person.</source>
        <translation>Sagen er anonymiseret: anvisningen har ingen oplysninger om personen.</translation>
    </message>
    <message>
        <source>Imported from the list {file} on {date}</source>
        <translation>Importeret fra listen {file} den {date}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Insight into your personal data</source>
        <translation>Indsigt i dine personoplysninger</translation>
    </message>
    <message>
        <source>This is everything {unit} holds about you on {date} (the General Data Protection Regulation, article 15).</source>
        <translation>Her er alt, hvad {unit} har registreret om dig den {date} (databeskyttelsesforordningen, artikel 15).</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Whereabouts</source>
        <translation>Opholdssted</translation>
    </message>
    <message>
        <source>Letters reach you by</source>
        <translation>Breve når frem til dig via</translation>
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
        <source>Exempt from digital post</source>
        <translation>Fritaget for digital post</translation>
    </message>
    <message>
        <source>Your case</source>
        <translation>Din sag</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>Pause til</translation>
    </message>
    <message>
        <source>Reason for removal</source>
        <translation>Begrundelse for sletning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Hastegrad</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>Anslået ventetid</translation>
    </message>
    <message>
        <source>Wishes and needs</source>
        <translation>Ønsker og behov</translation>
    </message>
    <message>
        <source>Highest rent</source>
        <translation>Højeste husleje</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Værelser</translation>
    </message>
    <message>
        <source>Wheelchair user</source>
        <translation>Kørestolsbruger</translation>
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
        <source>Wanted areas</source>
        <translation>Ønskede områder</translation>
    </message>
    <message>
        <source>Departments not to be offered</source>
        <translation>Afdelinger der ikke må tilbydes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemærkninger</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Husstand</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Registered facts</source>
        <translation>Registrerede forhold</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statushistorik</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærkning</translation>
    </message>
    <message>
        <source>Offers of a dwelling</source>
        <translation>Boligtilbud</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Breve</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Who looked at your data and why</source>
        <translation>Hvem har set dine oplysninger og hvorfor</translation>
    </message>
    <message>
        <source>Every time your full CPR number was shown, you were searched for by it, or your data was exported, printed or changed. Staff names are left out.</source>
        <translation>Hver gang dit fulde CPR-nummer er vist, der er søgt på det, eller dine oplysninger er eksporteret, udskrevet eller ændret. Medarbejdernes navne er udeladt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Questions about your data: contact {unit}, {phone}, {email}. You may ask us to correct wrong data, and complain to Datatilsynet (www.datatilsynet.dk).</source>
        <translation>Spørgsmål om dine oplysninger: kontakt {unit}, {phone}, {email}. Du kan bede os rette forkerte oplysninger og klage til Datatilsynet (www.datatilsynet.dk).</translation>
    </message>
    <message>
        <source>Insight report, {date}, page {page}</source>
        <translation>Indsigtsrapport, {date}, side {page}</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>fra {date}</translation>
    </message>
    <message>
        <source>Offer of a dwelling</source>
        <translation>Boligtilbud</translation>
    </message>
    <message>
        <source>Allocation notice</source>
        <translation>Anvisningsmeddelelse</translation>
    </message>
    <message>
        <source>Decision: removal from the list</source>
        <translation>Afgørelse: slettet fra listen</translation>
    </message>
    <message>
        <source>Decision: refusal</source>
        <translation>Afgørelse: afslag</translation>
    </message>
    <message>
        <source>Answer to a private landlord, naming you as the tenant</source>
        <translation>Svar til en privat udlejer, som anviser dig som lejer</translation>
    </message>
    <message>
        <source>Insight report</source>
        <translation>Indsigtsrapport</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>The cases are anonymised, but the database server did not rewrite the tables {tables}: the erased values stay in their files until it does. Ask IT to run VACUUM FULL on them (see the README).</source>
        <translation>Sagerne er anonymiseret, men databaseserveren omskrev ikke tabellerne {tables}: de slettede oplysninger bliver i deres filer, indtil den gør det. Bed IT køre VACUUM FULL på dem (se README).</translation>
    </message>
    <message>
        <source>The retention period must be between 1 and 30 years.</source>
        <translation>Opbevaringsperioden skal være mellem 1 og 30 år.</translation>
    </message>
    <message>
        <source>Between 1 and 30.</source>
        <translation>Mellem 1 og 30.</translation>
    </message>
    <message>
        <source>{n} of the chosen cases is not closed past the retention period and was not anonymised. Refresh the list and try again.</source>
        <translation>{n} af de valgte sager er ikke lukket længere end opbevaringsperioden og blev ikke anonymiseret. Opdatér listen og prøv igen.</translation>
    </message>
    <message>
        <source>{n} of the chosen cases are not closed past the retention period and were not anonymised. Refresh the list and try again.</source>
        <translation>{n} af de valgte sager er ikke lukket længere end opbevaringsperioden og blev ikke anonymiseret. Opdatér listen og prøv igen.</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Identify the citizen (phone call or visit)</source>
        <translation>Identificere borgeren (opkald eller fremmøde)</translation>
    </message>
    <message>
        <source>Check the identity before an offer or allocation</source>
        <translation>Kontrollere identiteten før tilbud eller anvisning</translation>
    </message>
    <message>
        <source>Allocation notice to the housing organisation</source>
        <translation>Anvisningsmeddelelse til boligorganisationen</translation>
    </message>
    <message>
        <source>Request for insight from the citizen</source>
        <translation>Borgerens anmodning om indsigt</translation>
    </message>
    <message>
        <source>Correct the register</source>
        <translation>Rette registret</translation>
    </message>
</context>
</TS>
