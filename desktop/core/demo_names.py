"""Invented names and places for the demo database (no real people).

The mix mirrors the desk's applicants: Danish names with æ/ø/å, and the names of citizens from
Poland, Turkey, Vietnam, Syria, Ukraine, Somalia, Eritrea, Greenland and elsewhere, written in
their own Latin letters (Łukasz, Ayşe, Nguyễn ...).
"""

from __future__ import annotations

DANISH_FIRST = (
    "Søren",
    "Mette",
    "Jørgen",
    "Anne",
    "Lars",
    "Birgitte",
    "Mads",
    "Louise",
    "Rasmus",
    "Camilla",
    "Frederik",
    "Signe",
    "Jens",
    "Ida",
    "Morten",
    "Freja",
    "Bjørn",
    "Kirsten",
    "Niels",
    "Sofie",
    "Thomas",
    "Maja",
    "Kasper",
    "Emma",
    "Henrik",
    "Ærtebølle",
    "Åse",
    "Øjvind",
    "Gitte",
    "Poul",
    "Lene",
    "Anders",
    "Hanne",
    "Martin",
    "Pia",
    "Jesper",
    "Line",
    "Torben",
    "Rikke",
    "Kåre",
)
DANISH_LAST = (
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Petersen",
    "Madsen",
    "Kristensen",
    "Olsen",
    "Thomsen",
    "Møller",
    "Poulsen",
    "Johansen",
    "Knudsen",
    "Mortensen",
    "Østergaard",
    "Ærø",
    "Åberg",
    "Bøgh",
    "Kjær",
    "Lauridsen",
    "Dahl",
    "Holm",
    "Frandsen",
    "Skov",
)
# Given names and family names that go together, by origin; True where the family name is
# written first. Every pairing is a name, so a demo of a thousand applicants has few namesakes.
_ORIGINS: tuple[tuple[tuple[str, ...], tuple[str, ...], bool], ...] = (
    (
        ("Łukasz", "Agnieszka", "Paweł", "Katarzyna", "Tomasz", "Magdalena"),
        ("Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Zając"),
        False,
    ),
    (
        ("Ayşe", "Mehmet", "Elif", "Emre", "Zeynep", "Murat"),
        ("Yılmaz", "Öztürk", "Şahin", "Demir", "Kaya", "Çelik"),
        False,
    ),
    (
        ("Thị Lan", "Văn Minh", "Thu Hà", "Đức Anh", "Minh Châu"),
        ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng"),
        True,
    ),
    (
        ("Ahmed", "Fatima", "Omar", "Amira", "Youssef", "Layla"),
        ("Al-Sayed", "Haddad", "Khalil", "Benali", "Hassan", "Nasser"),
        False,
    ),
    (
        ("Olena", "Dmytro", "Iryna", "Andriy", "Oksana", "Taras"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"),
        False,
    ),
    (
        ("Hodan", "Abdirahman", "Fadumo", "Abdi", "Ayaan", "Mohamed"),
        ("Mohamed Ali", "Warsame", "Farah", "Jama", "Yusuf", "Osman"),
        False,
    ),
    (
        ("Yonas", "Selam", "Semhar", "Dawit", "Helen", "Filmon"),
        ("Tesfaye", "Gebremedhin", "Haile", "Tekle", "Berhane", "Ghebreyesus"),
        False,
    ),
    (
        ("Aviaja", "Nivi", "Malik", "Inuk", "Pipaluk", "Kunuk"),
        ("Kleist", "Lynge", "Petersen-Kristiansen", "Olsen", "Berthelsen", "Heilmann"),
        False,
    ),
    (
        ("Zainab", "Ali Reza", "Farid", "Mariam", "Hamid", "Nadia"),
        ("Rahimi", "Hosseini", "Ahmadi", "Karimi", "Sultani", "Noori"),
        False,
    ),
    (
        ("Mihai", "Ştefan", "Andrei", "Ioana", "Elena"),
        ("Popescu", "Ionescu", "Constantin", "Dumitru", "Stan"),
        False,
    ),
    (
        ("Chidi", "Ngozi", "Emeka", "Adaeze"),
        ("Okafor", "Eze", "Nwosu", "Obi"),
        False,
    ),
)
# Family names that follow the bearer's gender are kept as whole names.
_WHOLE = (
    "Gintarė Kazlauskienė",
    "Jūratė Petrauskaitė",
    "Tomas Kazlauskas",
    "Bogdan Dvořák",
    "Petra Dvořáková",
)
INTERNATIONAL = (
    tuple(
        f"{family} {given}" if family_first else f"{given} {family}"
        for givens, families, family_first in _ORIGINS
        for given in givens
        for family in families
    )
    + _WHOLE
)
CASEWORKER_UNITS = (
    "Hjemløseenheden",
    "Ungeenheden",
    "Integrationsenheden",
    "Socialpsykiatrien",
    "Bostøtteteamet",
    "Jobcenter Aalborg",
)
# Invented addresses of shelters that letters can go c/o.
SHELTER_ADDRESSES = (
    "c/o Kirkens Korshær, Hjulmagervej 18, 9000 Aalborg",
    "c/o Hjemløsehuset, Kastetvej 9, 9000 Aalborg",
    "c/o Forsorgshjemmet Aas, Aasvej 21, 9600 Aars",
    "c/o Krisecentret, Nørregade 40, 9000 Aalborg",
)

SHELTERS = (
    "Herberg: Kirkens Korshær",
    "Herberg: Hjemløsehuset",
    "Forsorgshjemmet Aas",
    "Uden fast bopæl",
    "Sofasurfer",
    "Krisecenter",
    "Midlertidig bolig: Skipper Clements Gade",
)
STREETS = (
    "Hobrovej",
    "Vesterbro",
    "Kastetvej",
    "Hasserisvej",
    "Sønderbro",
    "Nørregade",
    "Boulevarden",
    "Kærlighedsstien",
    "Fyrkildevej",
    "Østre Allé",
    "Sohngårdsholmsvej",
    "Mølleparkvej",
)
DECLINE_NOTES = (
    "For langt fra barnets skole",
    "Huslejen er for høj",
    "Ønsker ikke at bo i stueetagen",
    "Fik ikke svaret i tide",
    "Boligorganisationen afviste lejeren",
)
