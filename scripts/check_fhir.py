#!/usr/bin/env python3
"""Validates Teachback's FHIR output with the fhir.resources package (its R4B models, offline), then checks what
those models do not: value sets of the codes we write, references, and that every QuestionnaireResponse answers its
Questionnaire (each linkId is one of its items, each coding one of that item's answer options).

Usage: scripts/check_fhir.py QUESTIONNAIRE.json [BUNDLE.json ...]
Prints one "ok - ..." line a check; exits 1 if any fails. Imported by scripts/e2e/test_teach_back.py.
"""
import json
import sys

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire

failures = 0


def check(ok, what, detail=""):
    global failures
    print(("ok - " if ok else "not ok - ") + what)
    if not ok:
        failures += 1
        if detail:
            print("    | " + str(detail).replace("\n", "\n    | "))
    return ok


def validate(model, path):
    text = open(path, encoding="utf-8").read()
    try:
        model.model_validate_json(text)
        check(True, f"{path}: a valid FHIR R4B {model.__name__} (fhir.resources)")
    except Exception as error:  # the models' own message says where
        check(False, f"{path}: a valid FHIR R4B {model.__name__} (fhir.resources)", str(error)[:2000])
    return json.loads(text)


def questionnaire_items(items, out):
    for item in items:
        out[item["linkId"]] = item
        questionnaire_items(item.get("item", []), out)
    return out


def check_questionnaire(q, path):
    check(q.get("status") in ("draft", "active", "retired", "unknown"), f"{path}: status is a PublicationStatus")
    check(q.get("url", "").startswith("http") and q.get("version"), f"{path}: a canonical URL and a version")
    items = questionnaire_items(q.get("item", []), {})
    links = [i["linkId"] for i in items.values()]
    check(len(links) == len(set(links)), f"{path}: every linkId is unique ({len(links)})")
    types = {"group", "display", "boolean", "choice", "string", "decimal", "integer", "date", "text"}
    check(all(i.get("type") in types for i in items.values()), f"{path}: every item type is one FHIR defines")
    groups = [i for i in q.get("item", []) if i.get("type") == "group"]
    check(groups and all(any(c["linkId"].endswith("/teach-back") for c in g["item"]) for g in groups),
          f"{path}: one group a teaching point ({len(groups)}), each with its teach-back item")
    choices = [i for i in items.values() if i.get("type") == "choice"]
    check(all(i.get("answerOption") and all("valueCoding" in o for o in i["answerOption"]) for i in choices),
          f"{path}: every question's options are codings")
    return items


def check_bundle(b, path, questionnaires):
    check(b.get("type") == "collection", f"{path}: a Bundle of type collection")
    entries = b.get("entry", [])
    patients = [e for e in entries if e["resource"]["resourceType"] == "Patient"]
    responses = [e for e in entries if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    check(len(patients) == 1, f"{path}: one Patient")
    if patients:
        p = patients[0]["resource"]
        check(set(p) == {"resourceType", "id", "identifier"} and len(p["identifier"]) == 1,
              f"{path}: the Patient holds only the code the station stores", p)
    urls = {e["fullUrl"] for e in entries}
    base = patients[0]["fullUrl"].rsplit("/Patient/", 1)[0] if patients else ""
    statuses = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
    for e in responses:
        r = e["resource"]
        name = f"{path}: QuestionnaireResponse {r['id']}"
        check(r.get("status") in statuses, f"{name}: status {r.get('status')}")
        check(f"{base}/{r['subject']['reference']}" in urls, f"{name}: its subject is the Bundle's Patient")
        url, _, version = r["questionnaire"].partition("|")
        q = questionnaires.get((url, version))
        if not check(q is not None, f"{name}: answers a Questionnaire given ({r['questionnaire']})"):
            continue
        bad = []

        def walk(items):
            for item in items:
                allowed = q.get(item["linkId"])
                if allowed is None:
                    bad.append(f"linkId {item['linkId']} not in the Questionnaire")
                    continue
                for answer in item.get("answer", []):
                    coding = answer.get("valueCoding")
                    if coding is not None:
                        codes = [(o["valueCoding"]["system"], o["valueCoding"]["code"])
                                 for o in allowed.get("answerOption", [])]
                        if (coding["system"], coding["code"]) not in codes:
                            bad.append(f"{item['linkId']}: {coding['code']} is not one of its options")
                    walk(answer.get("item", []))
                walk(item.get("item", []))

        walk(r.get("item", []))
        check(not bad, f"{name}: every linkId and coding is the Questionnaire's", "\n".join(bad[:10]))
    return responses


def main(paths):
    questionnaires = {}
    bundles = []
    for path in paths:
        kind = json.load(open(path, encoding="utf-8")).get("resourceType")
        if kind == "Questionnaire":
            q = validate(Questionnaire, path)
            questionnaires[(q["url"], q["version"])] = check_questionnaire(q, path)
        elif kind == "Bundle":
            bundles.append(path)
        else:
            check(False, f"{path}: a Questionnaire or a Bundle", kind)
    for path in bundles:
        check_bundle(validate(Bundle, path), path, questionnaires)
    return failures


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    n = main(sys.argv[1:])
    print(f"fhir: {'all passed' if n == 0 else f'{n} failed'}")
    sys.exit(1 if n else 0)
