#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into a directory (one subdirectory per target).

Seeds come from the API examples next to the repository (../shared/pinterest-api/examples: the
JSON files, and the items of list pages split out), the sheet fixtures in tests/core/sheet/data,
and a few hand-written inputs below. Targets that dispatch on their first byte get that byte
prefixed. Usage: make_corpora.py OUTPUT_DIR
"""

import hashlib
import json
import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = REPO.parent / "shared" / "pinterest-api" / "examples"
SHEETS = REPO / "tests" / "core" / "sheet" / "data"


def dumps(value):
    return json.dumps(value, separators=(",", ":")).encode()


class Corpus:
    def __init__(self, root, target):
        self.dir = root / target
        self.dir.mkdir(parents=True, exist_ok=True)
        self.count = 0

    def add(self, data, selector=None):
        if isinstance(data, (dict, list)):
            data = dumps(data)
        if selector is not None:
            data = bytes([selector]) + data
        name = hashlib.sha1(data).hexdigest()
        (self.dir / name).write_bytes(data)
        self.count += 1


def example(name):
    path = EXAMPLES / name
    if not path.exists():
        print(f"warning: {path} is missing; its seeds are left out", file=sys.stderr)
        return None
    return json.loads(path.read_text())


# Small hand-written objects for types the examples do not show.
AD_ACCOUNT = {"id": "549755885175", "name": "ACME Tools", "currency": "USD", "country": "US",
              "owner": {"id": "1234", "username": "acme"}, "permissions": ["ADMIN"],
              "created_time": 1451431341, "updated_time": 1451431341}
CAMPAIGN = {"id": "626736533506", "ad_account_id": "549755885175", "name": "Spring", "status": "ACTIVE",
            "lifetime_spend_cap": 1432744744, "daily_spend_cap": None, "order_line_id": None,
            "tracking_urls": None, "start_time": 1580865126, "end_time": 1644023526,
            "summary_status": "RUNNING", "is_campaign_budget_optimization": False,
            "is_flexible_daily_budgets": False, "objective_type": "AWARENESS", "type": "campaign",
            "created_time": 1432744744, "updated_time": 1432744744}
PENDING_CHANGE = {"id": "c1", "kind": "update", "state": "pending", "ad_account_id": "549755885175",
                  "ad_group_id": "2680060704746", "ad_group_name": "Shoes", "field": "budget_in_micro_currency",
                  "before": 5000000, "after": 7500000, "base_updated_time": 1700000000,
                  "created_at": "2026-03-01T12:00:00.000Z", "message": "", "server_value": None,
                  "server_updated_time": 0}
PENDING_CREATE = {"id": "c2", "kind": "create", "state": "sent", "ad_account_id": "549755885175",
                  "create_body": {"name": "New", "campaign_id": "626736533506", "billable_event": "IMPRESSION"},
                  "created_at": "2026-03-01T12:00:00.000Z", "sent_at": "2026-03-01T12:01:00.000Z"}
TARGETING_OPTIONS = [{"807": "U.S.: San Francisco-Oakland-San Jose", "501": "U.S.: New York"},
                     {"id": "925056443165", "name": "Home decor"}]
TOKEN_RESPONSE = {"access_token": "pina_abc", "refresh_token": "pinr_def", "response_type": "authorization_code",
                  "token_type": "bearer", "expires_in": 2592000, "refresh_token_expires_in": 31536000,
                  "refresh_token_expires_at": 1800000000, "scope": "ads:read,ads:write user_accounts:read"}
TOKEN_SET = {"access_token": "pina_abc", "refresh_token": "pinr_def", "scopes": ["ads:read", "ads:write"],
             "environment": "production", "user": "acme", "access_expires_at": "2026-03-31T12:00:00Z",
             "refresh_expires_at": "2027-03-01T12:00:00Z", "obtained_at": "2026-03-01T12:00:00Z"}

HTTP_REQUESTS = [
    b"GET /v5/ad_accounts HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer pina_abc\r\n\r\n",
    b"GET /v5/ad_accounts/549755885175/ad_groups?page_size=25&bookmark=abc%3D&campaign_ids=1,2 HTTP/1.1\r\n"
    b"Host: localhost\r\nConnection: keep-alive\r\n\r\n",
    b"PATCH /v5/ad_accounts/549755885175/ad_groups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
    b"Content-Length: 31\r\n\r\n[{\"id\":\"1\",\"status\":\"PAUSED\"}]",
    b"POST /v5/oauth/token HTTP/1.1\r\nHost: x\r\nAuthorization: Basic YTpi\r\n"
    b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 51\r\n\r\n"
    b"grant_type=refresh_token&refresh_token=pinr_def+xyz",
    b"POST /v5/ad_accounts/1/ad_groups HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
    b"Expect: 100-continue\r\n\r\n5;ext=1\r\n[{\"a\"\r\n4\r\n:1}]\r\n0\r\nX-Trailer: 1\r\n\r\n",
    b"GET http://127.0.0.1:8080/v5/user_account?x=%20y HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
    b"\r\nGET /v5/ad_accounts HTTP/1.1\r\nConnection: close\r\n\r\n",
    b"DELETE /v5/ad_accounts HTTP/2.0\r\n\r\n",
    b"GET /v5/ad_accounts HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
]


def model_corpus(root):
    c = Corpus(root, "fuzz_model_json")
    c.add(AD_ACCOUNT, 0)
    c.add(CAMPAIGN, 1)
    group = example("ad_group_response.json")
    if group:
        c.add(group, 2)
        if isinstance(group.get("targeting_spec"), dict):
            c.add(group["targeting_spec"], 3)
    for name in ("ad_groups_list_page.json",):
        page = example(name)
        for item in (page or {}).get("items", []):
            c.add(item, 2)
            if isinstance(item.get("targeting_spec"), dict):
                c.add(item["targeting_spec"], 3)
    for name in ("ad_group_create_request.json", "ad_group_update_request.json"):
        for item in example(name) or []:
            c.add(item, 2)
            if isinstance(item.get("targeting_spec"), dict):
                c.add(item["targeting_spec"], 3)
            c.add({**PENDING_CREATE, "create_body": item}, 5)
    batch = example("ad_group_array_response_with_exception.json")
    if batch:
        c.add(batch, 4)
        for item in batch.get("items", []):
            if isinstance(item.get("data"), dict):
                c.add(item["data"], 2)
    c.add(PENDING_CHANGE, 5)
    c.add(PENDING_CREATE, 5)
    return c


def report_corpus(root):
    c = Corpus(root, "fuzz_report_json")
    rows = example("ad_groups_analytics_day.json")
    if rows:
        c.add(rows, 0)
        for row in rows:
            c.add(row, 1)
    for name, selector in (("ad_groups_targeting_analytics_metrics_response.json", 2),
                           ("bid_floor_response.json", 3), ("bid_floor_request.json", 4),
                           ("audience_sizing_response.json", 5)):
        body = example(name)
        if body is not None:
            c.add(body, selector)
    c.add({"keywords": [{"value": "shoes", "match_type": "BROAD"}], "targeting_spec": {"GENDER": ["female"]}}, 5)
    c.add(TARGETING_OPTIONS, 6)
    return c


def error_selector(reader, status_index):
    """The first byte that picks @p reader (byte % 5) and the status (byte >> 3) % 8."""
    for byte in range(256):
        if byte % 5 == reader and (byte >> 3) % 8 == status_index:
            return byte
    raise ValueError((reader, status_index))


def error_corpus(root):
    c = Corpus(root, "fuzz_error_and_token_json")
    bodies = [example("error.json"), example("error_429_rate_limited.json"),
              {"code": 2, "message": "Authentication failed."}, {"code": 8, "message": "spam"}]
    for index, body in enumerate(b for b in bodies if b is not None):
        for status_index in range(8):
            c.add(body, error_selector(0, status_index))
        c.add(body, error_selector(1, index % 8))
        c.add(body, error_selector(2, index % 8))
    c.add(b"<html>Bad Gateway</html>", error_selector(0, 6))
    c.add({"error": "invalid_grant", "error_description": "Refresh token expired"}, error_selector(2, 0))
    batch = example("ad_group_array_response_with_exception.json")
    for item in (batch or {}).get("items", []):
        for exception in item.get("exceptions", []):
            c.add(exception, error_selector(1, 0))
    c.add(TOKEN_RESPONSE, error_selector(3, 0))
    c.add({"access_token": "pina_x", "expires_in": 60}, error_selector(3, 0))
    c.add(TOKEN_SET, error_selector(4, 0))
    return c


def sheet_corpus(root):
    c = Corpus(root, "fuzz_sheet_reader")
    for path in sorted(SHEETS.rglob("*")):
        if path.is_file() and path.suffix in (".csv", ".txt", ".tsv"):
            c.add(path.read_bytes())
    c.add(b"sep=;\r\nName;Budget\r\n\"a;b\";1,50\r\n")
    c.add(b"Name\tStatus\n\"multi\nline\"\tACTIVE\n\n")
    c.add("Name,Budget\r\nCaf\u00e9,3\r".encode("latin-1"))
    c.add(b"\xff\xfe" + "ID\tName\r\n1\tx\r\n".encode("utf-16-le"))
    return c


def http_corpus(root):
    """Raw requests; the first byte picks the piece size they trickle in with."""
    c = Corpus(root, "fuzz_sandbox_http")
    for index, request in enumerate(HTTP_REQUESTS):
        c.add(request, index % 8)
    return c


def paging_corpus(root):
    """Pages of one chain, separated by a line holding only '----'; the first byte picks the type."""
    c = Corpus(root, "fuzz_paging")
    page = example("ad_groups_list_page.json")
    items = (page or {}).get("items", [{"id": "1", "name": "x"}])
    pages = [{"items": items[:1], "bookmark": "b1"}, {"items": items[1:], "bookmark": "b2"},
             {"items": [], "bookmark": None}]
    c.add(b"\n----\n".join(dumps(p) for p in pages), 2)
    c.add(b"\n----\n".join(dumps(p) for p in [{"items": [], "bookmark": "same"}] * 3), 2)
    c.add(dumps({"items": [AD_ACCOUNT], "bookmark": None}), 0)
    c.add(b"\n----\n".join(dumps(p) for p in [{"items": [CAMPAIGN], "bookmark": "c"}, {"items": [CAMPAIGN]}]), 1)
    return c


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    for make in (model_corpus, report_corpus, error_corpus, sheet_corpus, http_corpus, paging_corpus):
        corpus = make(root)
        print(f"{corpus.dir.name}: {corpus.count} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
