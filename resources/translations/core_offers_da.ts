<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Offers</name>
    <message>
        <source>Offer {id}: {message}</source>
        <translation>Tilbud {id}: {message}</translation>
    </message>
    <message>
        <source>Next candidate: draft offer {id}.</source>
        <translation>Næste kandidat: tilbudskladde {id}.</translation>
    </message>
    <message>
        <source>No offer has passed its reply deadline.</source>
        <translation>Ingen tilbud har overskredet svarfristen.</translation>
    </message>
    <message>
        <source>{n} offer expired.</source>
        <translation>{n} tilbud er udløbet.</translation>
    </message>
    <message>
        <source>{n} offers expired.</source>
        <translation>{n} tilbud er udløbet.</translation>
    </message>
    <message>
        <source>{n} unanswered offer expired; the next candidate has a draft offer.</source>
        <translation>{n} ubesvaret tilbud er udløbet; den næste kandidat har fået et udkast til tilbud.</translation>
    </message>
    <message>
        <source>{n} unanswered offers expired; the next candidates have draft offers.</source>
        <translation>{n} ubesvarede tilbud er udløbet; de næste kandidater har fået udkast til tilbud.</translation>
    </message>
    <message>
        <source>Open offers</source>
        <translation>Åbne tilbud</translation>
    </message>
    <message>
        <source>Awaiting reply</source>
        <translation>Afventer svar</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Kladder</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttede</translation>
    </message>
    <message>
        <source>All offers</source>
        <translation>Alle tilbud</translation>
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
        <source>Expired</source>
        <translation>Udløbet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Paused for {n} day</source>
        <translation>Sat på pause i {n} dag</translation>
    </message>
    <message>
        <source>Paused for {n} days</source>
        <translation>Sat på pause i {n} dage</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sat på pause</translation>
    </message>
    <message>
        <source>Removed from the list (decision letter)</source>
        <translation>Slettet fra listen (afgørelse)</translation>
    </message>
    <message>
        <source>No consequence</source>
        <translation>Ingen konsekvens</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Boligorganisationen</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <source>Someone else made an offer for this dwelling or this applicant at the same time. Refresh the list and look again.</source>
        <translation>En anden har samtidig givet et tilbud på denne bolig eller til denne boligsøgende. Opdatér listen og se igen.</translation>
    </message>
    <message>
        <source>Someone else changed this offer meanwhile. Refresh the list, check it and repeat the action.</source>
        <translation>En anden har ændret tilbuddet imens. Opdatér listen, kontrollér tilbuddet og gentag handlingen.</translation>
    </message>
    <message>
        <source>There is no offer number {id}.</source>
        <translation>Der findes intet tilbud med nummer {id}.</translation>
    </message>
    <message>
        <source>{who} changed this offer meanwhile. The list shows it as it is now; check it and repeat the action.</source>
        <translation>{who} har ændret tilbuddet imens. Listen viser det, som det er nu; kontrollér det og gentag handlingen.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En anden</translation>
    </message>
    <message>
        <source>An offer that is {current} cannot become {target}.</source>
        <translation>Et tilbud, der er {current}, kan ikke blive {target}.</translation>
    </message>
    <message>
        <source>Only a dwelling that is accepted and waiting for a tenant can be offered; this one is {status}.</source>
        <translation>Kun en bolig, der er godkendt og venter på en lejer, kan tilbydes; denne er {status}.</translation>
    </message>
    <message>
        <source>The dwelling already has an open offer (number {id}, {status}). Withdraw it first or wait for the reply.</source>
        <translation>Boligen har allerede et åbent tilbud (nummer {id}, {status}). Træk det tilbage først, eller vent på svaret.</translation>
    </message>
    <message>
        <source>The applicant is not among the candidates.</source>
        <translation>Den boligsøgende er ikke blandt kandidaterne.</translation>
    </message>
    <message>
        <source>The applicant may not be offered this dwelling:</source>
        <translation>Den boligsøgende kan ikke tilbydes denne bolig:</translation>
    </message>
    <message>
        <source>The applicant is number {rank} in the ranking. Write why the candidates above are passed over.</source>
        <translation>Den boligsøgende er nummer {rank} i rækkefølgen. Skriv, hvorfor kandidaterne foran springes over.</translation>
    </message>
    <message>
        <source>A reason is needed.</source>
        <translation>Der skal være en begrundelse.</translation>
    </message>
    <message>
        <source>Proposed as the first candidate</source>
        <translation>Foreslået som første kandidat</translation>
    </message>
    <message>
        <source>The caseworker hands the letter over: the reply deadline runs from the day of the hand-over. Send the offer without a deadline and record the hand-over.</source>
        <translation>Sagsbehandleren udleverer brevet: svarfristen regnes fra udleveringsdagen. Send tilbuddet uden svarfrist, og registrér udleveringen.</translation>
    </message>
    <message>
        <source>From the hand-over.</source>
        <translation>Fra udleveringen.</translation>
    </message>
    <message>
        <source>The reply deadline cannot be before the day the offer is sent.</source>
        <translation>Svarfristen kan ikke ligge før den dag, tilbuddet sendes.</translation>
    </message>
    <message>
        <source>On or after {date}.</source>
        <translation>Den {date} eller senere.</translation>
    </message>
    <message>
        <source>The offer cannot be sent: the applicant may no longer be offered it:</source>
        <translation>Tilbuddet kan ikke sendes, for den boligsøgende kan ikke længere tilbydes boligen:</translation>
    </message>
    <message>
        <source>Offered {address}</source>
        <translation>Tilbudt {address}</translation>
    </message>
    <message>
        <source>The offer letter is ready for the caseworker to hand over; the reply deadline runs from the hand-over.</source>
        <translation>Tilbudsbrevet er klar til, at sagsbehandleren udleverer det; svarfristen regnes fra udleveringen.</translation>
    </message>
    <message>
        <source>The offer letter goes by Digital Post: export it and confirm when it is sent. Reply by {date}.</source>
        <translation>Tilbudsbrevet sendes med Digital Post: eksportér det, og bekræft, når det er sendt. Svarfrist {date}.</translation>
    </message>
    <message>
        <source>The offer was sent; reply by {date}.</source>
        <translation>Tilbuddet er sendt; svarfrist {date}.</translation>
    </message>
    <message>
        <source>The reply cannot be dated in the future.</source>
        <translation>Svaret kan ikke dateres i fremtiden.</translation>
    </message>
    <message>
        <source>Today or earlier.</source>
        <translation>I dag eller tidligere.</translation>
    </message>
    <message>
        <source>The reply cannot be dated before the offer was sent ({date}).</source>
        <translation>Svaret kan ikke dateres før tilbuddet blev sendt ({date}).</translation>
    </message>
    <message>
        <source>The offer was accepted; answer the private landlord with the tenant&apos;s name (Overview).</source>
        <translation>Tilbuddet er accepteret; svar den private udlejer med lejerens navn (Overblik).</translation>
    </message>
    <message>
        <source>The offer was accepted; the allocation notice to the organisation is ready.</source>
        <translation>Tilbuddet er accepteret; anvisningsmeddelelsen til boligorganisationen er klar.</translation>
    </message>
    <message>
        <source>Did not answer the offer of {address} by {date}.</source>
        <translation>Svarede ikke på tilbuddet om {address} inden {date}.</translation>
    </message>
    <message>
        <source>Declined the offer of {address}: {reason}.</source>
        <translation>Sagde nej til tilbuddet om {address}: {reason}.</translation>
    </message>
    <message>
        <source>Offer {id}: {status}</source>
        <translation>Tilbud {id}: {status}</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>Vælg en begrundelse på listen.</translation>
    </message>
    <message>
        <source>The decline was recorded: {consequence}.</source>
        <translation>Afslaget er registreret: {consequence}.</translation>
    </message>
    <message>
        <source>No reply by {date}</source>
        <translation>Intet svar inden {date}</translation>
    </message>
    <message>
        <source>The offer expired: {consequence}.</source>
        <translation>Tilbuddet er udløbet: {consequence}.</translation>
    </message>
    <message>
        <source>Write why the offer is withdrawn.</source>
        <translation>Skriv, hvorfor tilbuddet trækkes tilbage.</translation>
    </message>
    <message>
        <source>The lease has started: the offer can no longer be withdrawn.</source>
        <translation>Lejemålet er begyndt: tilbuddet kan ikke længere trækkes tilbage.</translation>
    </message>
    <message>
        <source>Offer {id} withdrawn</source>
        <translation>Tilbud {id} trukket tilbage</translation>
    </message>
    <message>
        <source>The offer was withdrawn.</source>
        <translation>Tilbuddet er trukket tilbage.</translation>
    </message>
    <message>
        <source>Only an accepted offer leads to a lease; this one is {status}.</source>
        <translation>Kun et accepteret tilbud fører til et lejemål; dette er {status}.</translation>
    </message>
    <message>
        <source>The lease cannot start before the offer was sent ({date}).</source>
        <translation>Lejemålet kan ikke begynde, før tilbuddet blev sendt ({date}).</translation>
    </message>
    <message>
        <source>Offer {id} accepted</source>
        <translation>Tilbud {id} accepteret</translation>
    </message>
    <message>
        <source>Lease starts {date}</source>
        <translation>Lejemålet begynder {date}</translation>
    </message>
    <message>
        <source>Housed at {address} from {date}</source>
        <translation>Boligplaceret på {address} fra {date}</translation>
    </message>
    <message>
        <source>The dwelling is let from {date}.</source>
        <translation>Boligen er udlejet fra {date}.</translation>
    </message>
    <message>
        <source>Offer {id} is no longer a draft: it is {status}.</source>
        <translation>Tilbud {id} er ikke længere en kladde: det er {status}.</translation>
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
        <source>The dwelling or the applicant no longer exists.</source>
        <translation>Boligen eller den boligsøgende findes ikke længere.</translation>
    </message>
</context>
</TS>
