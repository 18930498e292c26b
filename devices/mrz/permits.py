"""China's exit-entry permits: the machine-readable zones of their own layouts.

- Exit-Entry Permit for Travelling to and from Hong Kong and Macao (往来港澳通行证, the card
  of 2014, code CS) and to and from Taiwan (往来台湾通行证, the card, code CD): the checked
  line is one of 30 characters: code, number (9), its check digit, `<`, expiry date and its
  check digit, `<`, birth date and its check digit, `<`, and a composite check digit over
  the number, the expiry and the birth date with their check digits. CS numbers are C, a
  letter or digit, then seven digits; CD numbers are not assumed to have a fixed form.
- Mainland Travel Permits of Hong Kong and Macao residents (港澳居民来往内地通行证, the card
  of 2013, code CR) and of Taiwan residents (台湾居民来往大陆通行证, the card of 2015, code
  CT) follow ICAO TD1 (GA/T 704.14 says so for the former), issuing state CHN; the number
  is H or M and eight digits (CR), or eight digits and a filler (CT), so no long numbers.
"""

from __future__ import annotations

from devices.mrz.layouts import TD1_CHECKS, TD1_SPANS, Kind, Span, make_layout

A, N, X, F = Kind.ALPHA, Kind.NUMERIC, Kind.ALNUM, Kind.FILLER

_CARD_SPANS = {
    "document_type": Span(0, 0, 2, A),
    "document_number": Span(0, 2, 11, X), "document_number_check": Span(0, 11, 12, N),
    "filler1": Span(0, 12, 13, F),
    "expiry_date": Span(0, 13, 19, N), "expiry_date_check": Span(0, 19, 20, N),
    "filler2": Span(0, 20, 21, F),
    "birth_date": Span(0, 21, 27, N), "birth_date_check": Span(0, 27, 28, N),
    "filler3": Span(0, 28, 29, F),
    "composite_check": Span(0, 29, 30, N),
}  # fmt: skip
_CARD_CHECKS = [
    ("document_number", ["document_number"], "document_number_check"),
    ("birth_date", ["birth_date"], "birth_date_check"),
    ("expiry_date", ["expiry_date"], "expiry_date_check"),
    ("composite", ["document_number", "document_number_check", "expiry_date",
                   "expiry_date_check", "birth_date", "birth_date_check"], "composite_check"),
]  # fmt: skip

TO_HK_MACAO = make_layout("CN-EEP-HKMO", 1, 30, _CARD_SPANS, (), _CARD_CHECKS,
                          codes=("CS",), number_shape="AXNNNNNNN")  # fmt: skip
TO_TAIWAN = make_layout("CN-EEP-TW", 1, 30, _CARD_SPANS, (), _CARD_CHECKS, codes=("CD",))
HK_MACAO_RESIDENTS = make_layout("CN-MTP-HKMO", 3, 30, TD1_SPANS, ("optional", "optional2"),
                                 TD1_CHECKS, codes=("CR",), number_shape="ANNNNNNNN")  # fmt: skip
TAIWAN_RESIDENTS = make_layout("CN-MTP-TW", 3, 30, TD1_SPANS, ("optional", "optional2"),
                               TD1_CHECKS, codes=("CT",), number_shape="NNNNNNNN<")  # fmt: skip

PERMITS = (TO_HK_MACAO, TO_TAIWAN, HK_MACAO_RESIDENTS, TAIWAN_RESIDENTS)
