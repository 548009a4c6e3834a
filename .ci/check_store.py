#!/usr/bin/env python3
"""Checks a Docket store the way Docket's own validator should agree with:
every JSON file is in canonical form (json.dumps(indent=2, sort_keys=True,
ensure_ascii=False) plus LF) and valid against its schema in docs/schema."""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

try:  # jsonschema 4.18 and newer resolve $ref through `referencing`
    from referencing import Registry, Resource
except ImportError:  # Debian 12's python3-jsonschema (4.10) has RefResolver instead
    Registry = None

SCHEMA_FOR = [
    (lambda p: p == ("docket.json",), "urn:docket:schema:manifest"),
    (lambda p: p == ("committee.json",), "urn:docket:schema:committee"),
    (lambda p: len(p) == 2 and p[0] == "matters", "urn:docket:schema:matter"),
    (lambda p: len(p) == 3 and p[0] == "meetings" and p[2] == "meeting.json", "urn:docket:schema:meeting"),
    (lambda p: len(p) == 3 and p[0] == "members" and p[2] == "notes.json", "urn:docket:schema:notes"),
    (lambda p: len(p) == 3 and p[0] == "meetings" and p[2] == "live.json", "urn:docket:schema:live"),
    (lambda p: len(p) == 3 and p[0] == "meetings" and p[2] == "record.json", "urn:docket:schema:record"),
    (lambda p: len(p) == 4 and p[0] == "members" and p[2] == "positions", "urn:docket:schema:positions"),
    (lambda p: p == ("imports", "oparl.json"), "urn:docket:schema:oparl-ids"),
]


def main(store: pathlib.Path, schema_dir: pathlib.Path) -> int:
    schemas = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(schema_dir.glob("*.schema.json"))]
    by_id = {s["$id"]: s for s in schemas}
    if Registry is not None:
        registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas)
        make_validator = lambda schema: Draft202012Validator(schema, registry=registry)
    else:
        from jsonschema import RefResolver
        make_validator = lambda schema: Draft202012Validator(
            schema, resolver=RefResolver(base_uri=schema["$id"], referrer=schema, store=by_id))
    failures = 0
    checked = 0
    for path in sorted(store.rglob("*.json")):
        relative = path.relative_to(store).parts
        raw = path.read_bytes()
        value = json.loads(raw.decode("utf-8"))
        canonical = (json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
        if raw != canonical:
            print(f"{path}: not in canonical form", file=sys.stderr)
            failures += 1
        schema_id = next((sid for match, sid in SCHEMA_FOR if match(relative)), None)
        if schema_id is None:
            print(f"{path}: no schema for this file", file=sys.stderr)
            failures += 1
            continue
        validator = make_validator(by_id[schema_id])
        for error in validator.iter_errors(value):
            print(f"{path}: {error.json_path}: {error.message}", file=sys.stderr)
            failures += 1
        checked += 1
    for schema_path in sorted(schema_dir.glob("*.schema.json")):
        raw = schema_path.read_bytes()
        value = json.loads(raw)
        Draft202012Validator.check_schema(value)
        if raw != (json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"):
            print(f"{schema_path}: not in canonical form", file=sys.stderr)
            failures += 1
    print(f"store format: {checked} files checked in {store}, {failures} problems")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])))
