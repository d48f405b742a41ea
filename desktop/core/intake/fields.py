"""The columns of the organisations' vacancy spreadsheets: each field with the header texts seen
in their layouts (Danish and English; compared without case, spaces and punctuation)."""

from __future__ import annotations

from desktop.core.tabular.headers import Field, FieldSet

FIELDS = FieldSet(
    (
        Field(
            "department_number",
            (
                "Afd.", "Afd nr", "Afd.nr.", "Afdeling", "Afdelingsnummer", "Afdelingsnr",
                "Afdelingsnr.", "Afd. nummer", "Afdelings nr.", "Boligafdeling", "Afd.nr./navn",
                "Department", "Department number", "Dept", "Dept no",
            ),
            required=True,
            label="Afdeling",
            hints=("afd", "afdeling", "afdelingsnr", "department", "dept"),
        ),
        Field(
            "lease_number",
            (
                "Lejemålsnr.", "Lejemål", "Lejemålsnummer", "Lejemaalsnummer", "Lejemaalsnr",
                "Lejemaal", "Lejemålnr", "Lejem.nr.", "Lejlighedsnr", "Lejlighedsnummer",
                "Lejl. nr.", "Lejemåls nr.", "Lejemåls-id", "Lejemålsid", "Boligens nr",
                "Bolignr.", "Bolignummer", "Lease", "Lease number", "Lease no", "Unit",
                "Unit no",
            ),
            hints=("lejemål", "lejemaal", "lejl", "lejlighed", "bolignr", "lease", "unit"),
        ),
        Field(
            "address",
            (
                "Adresse", "Address", "Boligens adresse", "Beliggenhed", "Lejemålets adresse",
                "Lejemålsadresse", "Boligadresse",
            ),
            hints=("adresse", "address", "beliggenhed"),
        ),
        Field(
            "street",
            ("Vej", "Vejnavn", "Gade", "Gadenavn", "Street", "Street name"),
            hints=("vej", "vejnavn", "gade", "street"),
        ),
        Field(
            "house_number",
            ("Husnr", "Husnummer", "Hus nr", "House number", "House no"),
            hints=("husnr", "husnummer", "hus nr"),
        ),
        Field("floor", ("Etage", "Sal", "Floor"), hints=("etage", "sal", "floor")),
        Field("door", ("Dør", "Side", "Dør/side", "Door"), hints=("dør", "door")),
        Field(
            "postcode_city",
            (
                "Postnr./by", "Postnr. og by", "Postnummer og by", "Post nr/by", "Postnr by",
                "Postnr. by", "Postdistrikt og postnr.", "Postcode and city",
                "Postcode and town",
            ),
            hints=("postnr by", "postnummer by", "post by"),
        ),
        Field(
            "postcode",
            ("Postnr.", "Postnummer", "Post nr", "Post nummer", "Postcode", "Zip", "Zip code"),
            hints=("postnr", "postnummer", "postcode", "zip"),
        ),
        Field(
            "city",
            ("By", "Bynavn", "Postdistrikt", "City", "Town"),
            hints=("by", "bynavn", "postdistrikt", "city", "town"),
        ),
        Field(
            "rooms",
            (
                "Rum", "Vær.", "Værelser", "Antal værelser", "Vaerelser", "Antal rum",
                "Antal vær.", "Rum i alt", "Værelser i alt", "Antal beboelsesrum",
                "Beboelsesrum", "Rooms", "Number of rooms",
            ),
            hints=("rum", "vær", "værelse", "vaerelse", "rooms"),
        ),
        Field(
            "area_m2",
            (
                "m²", "Kvm", "Areal", "Areal m²", "Areal (m²)", "Boligareal", "Bruttoareal",
                "Bruttoareal m²", "Boligareal m²", "Brutto m²", "Netto m²", "Nettoareal",
                "Etageareal", "Samlet areal", "Kvadratmeter", "Størrelse", "Størrelse m²",
                "Area", "Size", "Area (m²)",
            ),
            hints=("areal", "m2", "kvm", "kvadratmeter", "størrelse", "area", "sqm"),
        ),
        Field(
            "rent",
            (
                "Husleje", "Leje", "Husleje pr. md.", "Husleje pr. mdr.", "Husleje pr. måned",
                "Husleje kr.", "Husleje kr./md.", "Leje pr. md.", "Leje pr. måned",
                "Månedlig leje", "Månedlig husleje", "Grundleje", "Nettoleje", "Nettohusleje",
                "Boligafgift", "Husleje ekskl. aconto", "Husleje ekskl. forbrug",
                "Leje ekskl. forbrug", "Husleje uden forbrug", "Rent", "Monthly rent",
            ),
            hints=("leje", "husleje", "boligafgift", "rent", "leje ekskl", "leje uden"),
        ),
        Field(
            "rent_total",
            (
                "Månedlig leje inkl. aconto", "Husleje inkl. aconto", "Leje inkl. aconto",
                "Husleje inkl. forbrug", "Leje inkl. forbrug", "Samlet husleje", "Samlet leje",
                "Husleje i alt", "Leje i alt", "Samlet månedlig ydelse", "Månedlig ydelse",
                "Rent incl. aconto", "Total rent",
            ),
            hints=("leje inkl", "samlet leje", "leje alt", "ydelse", "total rent"),
        ),
        Field(
            "aconto",
            (
                "Aconto", "A conto", "Aconto forbrug", "Forbrug aconto", "Acontobidrag",
                "Acontobidrag i alt", "Aconto i alt", "Forbrug", "Forbrugsafgifter",
                "Aconto varme og vand", "Aconto varme/vand", "Forbrug (varme og vand)",
                "Utilities",
            ),
            hints=(
                "aconto", "conto", "forbrug", "utilities", "varme vand", "aconto varme vand",
                "conto varme vand", "forbrug varme vand",
            ),
        ),
        Field(
            "aconto_heating",
            (
                "Aconto varme", "Varme", "Varme aconto", "Acontovarme", "Acontobidrag varme",
                "A conto varme", "A/C varme", "Varme a conto", "Varmebidrag", "Heating",
            ),
            hints=(
                "varme", "heating", "opvarmning", "aconto varme", "conto varme", "forbrug varme",
            ),
        ),
        Field(
            "aconto_water",
            (
                "Aconto vand", "Vand", "Vand aconto", "Acontovand", "Acontobidrag vand",
                "A conto vand", "A/C vand", "Vand a conto", "Vandbidrag", "Water",
            ),
            hints=("vand", "water", "aconto vand", "conto vand", "forbrug vand"),
        ),
        Field(
            "aconto_other",
            (
                "Aconto andet", "Andet aconto", "Aconto el", "A conto el", "Acontobidrag el",
                "Aconto antenne", "Antennebidrag", "Other aconto",
            ),
            hints=("aconto el", "conto el", "aconto andet", "antenne", "elektricitet"),
        ),
        Field(
            "deposit",
            (
                "Indskud", "Depositum", "Indskud kr.", "Depositum kr.", "Beboerindskud",
                "Indskud/depositum", "Depositum/indskud", "Deposit",
            ),
            hints=("indskud", "depositum", "deposit"),
        ),
        Field(
            "available_from",
            (
                "Ledig pr.", "Ledig fra", "Ledig fra dato", "Ledig fra den", "Ledig pr. dato",
                "Ledig per", "Overtagelsesdato", "Overtagelse", "Overtagelse dato",
                "Ledig dato", "Indflytningsdato", "Indflytning", "Indflytning pr.",
                "Til rådighed fra", "Disponibel fra", "Available from", "Available",
                "Move-in date",
            ),
            required=True,
            label="Ledig fra",
            hints=("ledig", "overtagelse", "indflytning", "rådighed", "available", "move in"),
        ),
        Field(
            "elevator",
            ("Elevator", "Elevator (J/N)", "Elevator (ja/nej)", "Med elevator", "Lift",
             "Elevator J/N"),
            hints=("elevator", "lift"),
        ),
        Field(
            "pets_allowed",
            (
                "Husdyr tilladt", "Husdyr", "Dyrehold", "Husdyr (J/N)", "Husdyr tilladt (J/N)",
                "Husdyr (ja/nej)", "Dyr tilladt", "Pets", "Pets allowed",
            ),
            hints=("husdyr", "dyr", "dyrehold", "pets"),
        ),
        Field(
            "wheelchair_accessible",
            ("Kørestolsegnet", "Handicapvenlig", "Handicapegnet", "Handicapbolig",
             "Wheelchair accessible"),
            hints=("kørestol", "handicap", "wheelchair"),
        ),
        Field(
            "step_free",
            ("Niveaufri", "Niveaufri adgang", "Trinfri adgang", "Step-free"),
            hints=("niveaufri", "trinfri", "step free"),
        ),
        Field(
            "dwelling_type",
            ("Type", "Boligtype", "Boligart", "Lejemålstype", "Type bolig", "Kategori",
             "Dwelling type"),
            hints=("type", "boligart", "kategori"),
        ),
        Field(
            "remarks",
            ("Bemærkninger", "Bemærkning", "Note", "Kommentar", "Kommentarer", "Remarks"),
            hints=("bemærk", "note", "kommentar", "remarks"),
        ),
        Field(
            "viewing_contact",
            ("Fremvisning", "Kontakt", "Kontaktperson", "Nøgler", "Viewing contact"),
            hints=("fremvisning", "kontakt", "nøgle", "viewing"),
        ),
        Field(
            "total_vacancies",
            (
                "Ledige i alt", "Antal ledige", "Ledige i perioden", "Ledige boliger i alt",
                "Fraflytninger i alt", "Fraflytninger", "Total vacancies",
            ),
            hints=("ledige alt", "antal ledige", "fraflytninger"),
        ),
        # Read so that it is never mistaken for remarks, and never imported: internal notes
        # of the organisation must not reach applicants. Its hints make a header such as
        # "Intern note 2" suggest nothing rather than remarks.
        Field(
            "internal_note",
            ("Intern note", "Interne noter", "Intern bemærkning"),
            hints=("intern note", "intern bemærk", "intern", "internal"),
        ),
    )
)  # fmt: skip

NOT_IMPORTED = frozenset({"internal_note"})
