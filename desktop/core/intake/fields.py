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
                "Afdelingsnr.", "Afd. nummer", "Department", "Department number", "Dept",
                "Dept no",
            ),
            required=True,
            label="Afdeling",
        ),
        Field(
            "lease_number",
            (
                "Lejemålsnr.", "Lejemål", "Lejemålsnummer", "Lejemaalsnummer", "Lejemaalsnr",
                "Lejemaal", "Lejemålnr", "Lejem.nr.", "Lejlighedsnr", "Boligens nr",
                "Lease", "Lease number", "Lease no", "Unit", "Unit no",
            ),
        ),
        Field("address", ("Adresse", "Address", "Boligens adresse", "Beliggenhed")),
        Field("street", ("Vej", "Vejnavn", "Gade", "Gadenavn", "Street", "Street name")),
        Field("house_number", ("Husnr", "Husnummer", "Hus nr", "House number", "House no")),
        Field("floor", ("Etage", "Sal", "Floor")),
        Field("door", ("Dør", "Side", "Dør/side", "Door")),
        Field(
            "postcode_city",
            (
                "Postnr./by", "Postnr. og by", "Postnummer og by", "Post nr/by", "Postnr by",
                "Postcode and city", "Postcode and town",
            ),
        ),
        Field("postcode", ("Postnr.", "Postnummer", "Post nr", "Postcode", "Zip", "Zip code")),
        Field("city", ("By", "Bynavn", "Postdistrikt", "City", "Town")),
        Field(
            "rooms",
            (
                "Rum", "Vær.", "Værelser", "Antal værelser", "Vaerelser", "Antal rum",
                "Antal vær.", "Rooms", "Number of rooms",
            ),
        ),
        Field(
            "area_m2",
            (
                "m²", "Kvm", "Areal", "Areal m²", "Areal (m²)", "Boligareal", "Bruttoareal",
                "Størrelse", "Area", "Size", "Area (m²)",
            ),
        ),
        Field(
            "rent",
            (
                "Husleje", "Leje", "Husleje pr. md.", "Husleje pr. måned", "Månedlig leje",
                "Månedlig husleje", "Grundleje", "Nettoleje", "Rent", "Monthly rent",
            ),
        ),
        Field(
            "rent_total",
            (
                "Månedlig leje inkl. aconto", "Husleje inkl. aconto", "Leje inkl. aconto",
                "Husleje inkl. forbrug", "Leje inkl. forbrug", "Samlet husleje",
                "Samlet månedlig ydelse", "Rent incl. aconto", "Total rent",
            ),
        ),
        Field(
            "aconto",
            (
                "Aconto", "Aconto forbrug", "Forbrug aconto", "Acontobidrag", "Forbrug",
                "Aconto varme og vand", "Aconto varme/vand", "Utilities",
            ),
        ),
        Field(
            "aconto_heating",
            ("Aconto varme", "Varme", "Varme aconto", "Acontovarme", "Heating"),
        ),
        Field("aconto_water", ("Aconto vand", "Vand", "Vand aconto", "Acontovand", "Water")),
        Field("aconto_other", ("Aconto andet", "Andet aconto", "Aconto el", "Other aconto")),
        Field("deposit", ("Indskud", "Depositum", "Deposit")),
        Field(
            "available_from",
            (
                "Ledig pr.", "Ledig fra", "Ledig fra dato", "Overtagelsesdato", "Overtagelse",
                "Ledig dato", "Indflytningsdato", "Indflytning", "Available from", "Available",
                "Move-in date",
            ),
            required=True,
            label="Ledig fra",
        ),
        Field("elevator", ("Elevator", "Elevator (J/N)", "Lift", "Elevator J/N")),
        Field(
            "pets_allowed",
            ("Husdyr tilladt", "Husdyr", "Dyrehold", "Husdyr (J/N)", "Pets", "Pets allowed"),
        ),
        Field(
            "wheelchair_accessible",
            ("Kørestolsegnet", "Handicapvenlig", "Handicapegnet", "Wheelchair accessible"),
        ),
        Field("step_free", ("Niveaufri", "Niveaufri adgang", "Trinfri adgang", "Step-free")),
        Field("dwelling_type", ("Type", "Boligtype", "Kategori", "Dwelling type")),
        Field(
            "remarks",
            ("Bemærkninger", "Bemærkning", "Note", "Kommentar", "Kommentarer", "Remarks"),
        ),
        Field(
            "viewing_contact",
            ("Fremvisning", "Kontakt", "Kontaktperson", "Nøgler", "Viewing contact"),
        ),
        Field(
            "total_vacancies",
            (
                "Ledige i alt", "Antal ledige", "Ledige i perioden", "Ledige boliger i alt",
                "Fraflytninger i alt", "Fraflytninger", "Total vacancies",
            ),
        ),
        # Read so that it is never mistaken for remarks, and never imported: internal notes
        # of the organisation must not reach applicants.
        Field("internal_note", ("Intern note", "Interne noter", "Intern bemærkning")),
    )
)  # fmt: skip

NOT_IMPORTED = frozenset({"internal_note"})
