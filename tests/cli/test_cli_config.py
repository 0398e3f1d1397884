"""The program's entry: version, database set-up, and bad configuration as one German sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import run

PROGRAM = [sys.executable, "-m", "foerderdesk"]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_from_the_installed_program() -> None:
    done = subprocess.run([*PROGRAM, "--version"], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and done.stdout.startswith("FörderDesk ")


@pytest.mark.parametrize(("url", "expected"), [
    ("das ist keine Adresse", "ungültig"),
    ("nonsense://", "nicht unterstützt"),
    ("mysql://user@host/db", "nicht unterstützt"),
    ("postgresql+psycopg://postgres@127.0.0.1:1/foerderdesk", "nicht erreichbar"),
    ("sqlite:////etc/hostname/unterordner/fd.sqlite3", "existiert nicht"),
])
def test_bad_database_configuration_is_one_german_sentence(url: str, expected: str) -> None:
    done = subprocess.run([*PROGRAM, "--db", url, "db", "check"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 1
    assert expected in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert len(done.stderr.strip().splitlines()) == 1


def test_usage_error_exits_2_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["case", "list", "--year", "zwanzig"])
    assert exit_info.value.code == 2
    assert "Fehlerhafter Aufruf" in capsys.readouterr().err


@pytest.mark.parametrize("digits", ["٢٠٢٦", "２０２６"])  # Arabic-Indic and full-width: int() reads both as 2026
def test_a_whole_number_in_another_script_is_a_usage_error(digits: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["case", "list", "--year", digits])
    assert exit_info.value.code == 2
    assert f"»{digits}« ist keine ganze Zahl (nur die Ziffern 0–9)" in capsys.readouterr().err


def test_db_upgrade_then_check(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = cli(capsys, "--db", db_url, "db", "upgrade")
    assert code == 0 and "neuesten Stand" in out
    code, out, _err = cli(capsys, "--db", db_url, "db", "check")
    assert code == 0 and "in Ordnung" in out


def test_db_check_fails_on_an_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'leer.sqlite3'}"
    code, _out, err = cli(capsys, "--db", url, "db", "check")
    assert code == 1 and "db upgrade" in err


def test_fresh_sqlite_file_is_created_and_migrated_on_first_use(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "fd.sqlite3"
    code, out, err = cli(capsys, "--db", f"sqlite:///{path}", "--user", "niemand", "case", "list", "--json")
    # created and migrated, but reading needs a FörderDesk user (none exists yet in a new file)
    assert code == 1 and out == "" and "»niemand« ist in FörderDesk nicht angelegt" in err and path.exists()
    code, out, _err = cli(capsys, "--db", f"sqlite:///{path}", "db", "check")
    assert code == 0


def test_a_missing_folder_of_an_explicit_db_is_refused_not_created(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "Tippfehler" / "fd.sqlite3"
    code, out, err = cli(capsys, "--db", f"sqlite:///{path}", "db", "check")
    assert code == 1 and out == ""
    assert f"Der Ordner {path.parent} für die Datenbankdatei fd.sqlite3 existiert nicht" in err
    assert "Traceback" not in err
    assert not path.parent.exists()  # no new, empty database beside the real one


def test_the_default_database_folder_is_made_on_first_start(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "daten"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env.pop("FOERDERDESK_DB", None)
    done = subprocess.run([*PROGRAM, "db", "upgrade"], capture_output=True, text=True, timeout=120, check=False,
                          env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "daten" / "FoerderDesk" / "foerderdesk.sqlite3").is_file()


def test_password_in_a_config_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "FoerderDesk" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[database]\nurl = "postgresql+psycopg://amt:geheim@server/foerderdesk"\n', encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([*PROGRAM, "db", "check"], capture_output=True, text=True, timeout=60, check=False,
                          env=env)
    assert done.returncode == 1 and "Klartext" in done.stderr and "geheim" not in done.stderr
