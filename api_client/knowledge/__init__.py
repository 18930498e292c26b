"""Knowledge-base search shared by the central service and the kiosk (offline).

Pure: rjieba and the standard library's sqlite3 only; nothing else of the project except the
wire schemas. The same segmentation, query building and highlighting run on both sides, so a
resident's search at a terminal with no network finds what the online page finds.
"""
