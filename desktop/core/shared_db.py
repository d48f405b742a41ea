"""The shared database of a desk with several workstations: a PostgreSQL server.

Each workstation keeps its choice in `shared-database.json` in the user's Anvis folder (host,
port, database, user, SSL mode: no password). The password, if the server wants one, is kept the
way PostgreSQL's own tools keep it: a libpq password file (`pgpass`, one line
host:port:database:user:password) in the same folder, readable by the user alone (mode 0600; on
Windows the folder lies in the user's own profile). The database URL names that file
(`?passfile=...`), so the password never appears in a URL, the preferences, the log, the status
bar or an error message. A desk whose IT prefers it can use a server login without password
(Kerberos/SSPI, a client certificate): leave the password empty.

`chosen_database()` is what the app opens when neither --db nor ANVIS_DB says otherwise.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from desktop.core import paths
from desktop.core.error_reasons import database_reason
from desktop.core.errors import ValidationError
from desktop.core.formats import plural
from desktop.core.i18n import translate
from desktop.core.paths import APP_NAME

CONNECT_TIMEOUT_S = 5
SSL_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int = 5432
    database: str = "anvis"
    user: str = ""
    sslmode: str = "prefer"


@dataclass(frozen=True)
class ConnectionTest:
    ok: bool
    message: str  # translated: what was found, or what is wrong and what to do
    server_version: str | None = None
    schema_revision: str | None = None  # None: an empty database (Anvis makes its tables)


def config_dir() -> Path:
    override = os.environ.get("ANVIS_DATA_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_NAME, False)


def config_file() -> Path:
    return config_dir() / "shared-database.json"


def password_file() -> Path:
    return config_dir() / "pgpass"


def validate(settings: ServerSettings) -> ServerSettings:
    """Cleaned settings, or ValidationError naming each field at fault."""
    problems: dict[str, str] = {}
    host = settings.host.strip()
    if not host or not re.fullmatch(r"[A-Za-z0-9._:\-\[\]]+", host):
        problems["host"] = translate("SharedDatabase", "Write the server's name or address.")
    if not 1 <= int(settings.port) <= 65535:
        problems["port"] = translate("SharedDatabase", "A port is a number from 1 to 65535.")
    database = settings.database.strip()
    if not database:
        problems["database"] = translate("SharedDatabase", "Write the database's name.")
    user = settings.user.strip()
    if not user:
        problems["user"] = translate("SharedDatabase", "Write the user name IT gave you.")
    if settings.sslmode not in SSL_MODES:
        problems["sslmode"] = translate("SharedDatabase", "Choose an SSL mode from the list.")
    if problems:
        raise ValidationError(next(iter(problems.values())), problems)
    return ServerSettings(host, int(settings.port), database, user, settings.sslmode)


def url_for(
    settings: ServerSettings, *, password: str | None = None, passfile: Path | None = None
) -> URL:
    query: dict[str, str] = {"connect_timeout": str(CONNECT_TIMEOUT_S)}
    if settings.sslmode != "prefer":
        query["sslmode"] = settings.sslmode
    if passfile is not None:
        query["passfile"] = str(passfile)
    return URL.create(
        "postgresql+psycopg",
        username=settings.user,
        password=password or None,
        host=settings.host,
        port=settings.port,
        database=settings.database,
        query=query,
    )


def load() -> ServerSettings | None:
    try:
        data = json.loads(config_file().read_text(encoding="utf-8"))
        return validate(
            ServerSettings(
                **{k: data[k] for k in ("host", "port", "database", "user", "sslmode") if k in data}
            )
        )
    except (OSError, ValueError, TypeError, ValidationError):
        return None


def chosen_database() -> str | None:
    """The shared server's URL (without password) if this workstation uses one, else None."""
    settings = load()
    if settings is None:
        return None
    passfile = password_file()
    url = url_for(settings, passfile=passfile if passfile.exists() else None)
    return url.render_as_string(hide_password=False)


def _pgpass_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _write_private(path: Path, content: str) -> None:
    """Write a file only the user can read (0600), replacing any old one in one step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    handle = os.open(partial, flags, 0o600)
    try:
        os.write(handle, content.encode("utf-8"))
    finally:
        os.close(handle)
    os.chmod(partial, 0o600)
    partial.replace(path)


def save(settings: ServerSettings, password: str | None) -> str:
    """Use this server from the next start; keep the password (if any) in the password file.
    Returns the URL the app will open (no password in it)."""
    clean = validate(settings)
    _write_private(config_file(), json.dumps(asdict(clean), indent=2))
    if password:
        line = ":".join(
            _pgpass_field(v)
            for v in (clean.host, str(clean.port), clean.database, clean.user, password)
        )
        _write_private(password_file(), line + "\n")
    else:
        password_file().unlink(missing_ok=True)
    chosen = chosen_database()
    assert chosen is not None
    return chosen


def forget() -> None:
    """Back to the database file on this PC: the server choice and its password are removed."""
    config_file().unlink(missing_ok=True)
    password_file().unlink(missing_ok=True)


def _explain(error: BaseException, settings: ServerSettings) -> str:
    text_ = str(getattr(error, "orig", None) or error).lower()
    if "password authentication failed" in text_ or "no password supplied" in text_:
        return translate(
            "SharedDatabase",
            "The server refused user {user}: the password is wrong or missing.",
        ).format(user=settings.user)
    if "does not exist" in text_ and "database" in text_:
        return translate(
            "SharedDatabase",
            "The server has no database {database}. Ask IT to create it (see the README).",
        ).format(database=settings.database)
    if "role" in text_ and "does not exist" in text_:
        return translate("SharedDatabase", "The server has no user {user}.").format(
            user=settings.user
        )
    if "timeout" in text_ or "timed out" in text_:
        return plural(
            CONNECT_TIMEOUT_S,
            translate(
                "SharedDatabase",
                "The server {host} did not answer within {n} second. Check the name and the "
                "network, or ask IT.",
            ),
            translate(
                "SharedDatabase",
                "The server {host} did not answer within {n} seconds. Check the name and the "
                "network, or ask IT.",
            ),
        ).format(host=settings.host)
    if "could not translate host name" in text_ or "name or service not known" in text_:
        return translate("SharedDatabase", "No server is called {host}.").format(host=settings.host)
    if "connection refused" in text_:
        return translate(
            "SharedDatabase",
            "Nothing answers at {host} port {port}: is PostgreSQL running there, and is the port "
            "right?",
        ).format(host=settings.host, port=settings.port)
    if "permission denied" in text_:
        return translate(
            "SharedDatabase",
            "User {user} may not use the database {database}: ask IT for the rights in the README.",
        ).format(user=settings.user, database=settings.database)
    return translate("SharedDatabase", "The server cannot be used: {reason}").format(
        reason=database_reason(error)
    )


def test_connection(settings: ServerSettings, password: str | None) -> ConnectionTest:
    """Connect once: is the server there, may the user in, and what does the database hold?"""
    clean = validate(settings)
    engine = create_engine(url_for(clean, password=password), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar_one())
            has_table = conn.execute(
                text("SELECT to_regclass('alembic_version') IS NOT NULL")
            ).scalar_one()
            revision = (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if has_table
                else None
            )
            may_create = conn.execute(
                text("SELECT has_database_privilege(current_database(), 'CREATE')")
            ).scalar_one()
            conn.rollback()
    except SQLAlchemyError as exc:
        return ConnectionTest(False, _explain(exc, clean))
    finally:
        engine.dispose()
    if revision is None and not may_create:
        return ConnectionTest(
            False,
            translate(
                "SharedDatabase",
                "Connected, but the database is empty and user {user} may not create the tables. "
                "Ask IT for the rights in the README.",
            ).format(user=clean.user),
            version,
        )
    if revision is None:
        message = translate(
            "SharedDatabase",
            "Connected to PostgreSQL {version}. The database is empty: Anvis makes its tables "
            "when it first opens it.",
        ).format(version=version)
    else:
        message = translate(
            "SharedDatabase",
            "Connected to PostgreSQL {version}. The database holds Anvis data (schema {revision}).",
        ).format(version=version, revision=revision)
    return ConnectionTest(True, message, version, str(revision) if revision else None)


def first_run_needed(argument: str | None = None) -> bool:
    """No database named (--db, ANVIS_DB), no shared server chosen, no database file yet: the
    app asks which database to use (demo, empty, shared server)."""
    if argument or os.environ.get("ANVIS_DB") or chosen_database():
        return False
    return not paths.default_database().exists()


def resolve_database(argument: str | None = None) -> str:
    """The database to open: --db, then ANVIS_DB, then the shared server this workstation
    chose, then the file in the user's data folder."""
    return (
        argument or os.environ.get("ANVIS_DB") or chosen_database() or str(paths.default_database())
    )
