#!/usr/bin/env python3
"""Where the app's CPU goes, from a JFR recording: the share of execution samples whose
stack contains each component (inclusive, so shares overlap), and the hottest methods
(top frame). Used by bench/run.sh with PROFILE=1:

    jfr print --json --stack-depth 256 --events jdk.ExecutionSample rec.jfr | bench/jfr-breakdown.py
"""
import collections
import json
import sys

# Checked against every frame of a sample; a sample counts once per component it touches.
# (Spring Security's and Spring Session's filters wrap every request, so they are left out:
# they would show 100 %.)
COMPONENTS = [
    ("PostgreSQL JDBC driver", ("org.postgresql.",)),
    ("HikariCP", ("com.zaxxer.hikari.",)),
    ("Spring Data JDBC / relational mapping", ("org.springframework.data.",)),
    ("JdbcClient / JdbcTemplate", ("org.springframework.jdbc.",)),
    ("GroupManagement (group aggregates)", ("se.samskapa.groups.GroupManagement.",)),
    ("Thymeleaf rendering", ("org.thymeleaf.",)),
    ("link rewriting: ResourceUrlProvider looking up static resources",
     ("org.springframework.web.servlet.resource.ResourceUrlProvider.",)),
    ("class path resource lookups (ClassLoader.getResource)", ("java.lang.ClassLoader.getResource",)),
    ("Markdown (commonmark) + sanitizer (OWASP)", ("org.commonmark.", "org.owasp.")),
    ("gzip (response compression)", ("java.util.zip.",)),
    ("Swedish collation (java.text.Collator)", ("java.text.", "sun.text.")),
    ("Samskapa code (se.samskapa)", ("se.samskapa.",)),
]


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"].replace("/", ".") + "." + method["name"]


def main():
    events = json.load(sys.stdin)["recording"]["events"]
    samples = [e for e in events if e["values"].get("stackTrace")]
    total = len(samples)
    if not total:
        print("no execution samples")
        return
    inclusive = collections.Counter()
    top = collections.Counter()
    for event in samples:
        names = [frame_name(f) for f in event["values"]["stackTrace"]["frames"]]
        if names:
            top[names[0]] += 1
        for component, prefixes in COMPONENTS:
            if any(n.startswith(prefixes) for n in names):
                inclusive[component] += 1
    print(f"{total} execution samples")
    print()
    print("| component (inclusive) | share of samples |")
    print("| --- | ---: |")
    for component, _ in COMPONENTS:
        print(f"| {component} | {100 * inclusive[component] / total:.0f} % |")
    print()
    print("Hottest methods (top frame):")
    for name, count in top.most_common(20):
        print(f"  {100 * count / total:5.1f} %  {name}")


if __name__ == "__main__":
    main()
