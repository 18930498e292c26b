"""Machine-readable zones of travel documents: ICAO 9303 TD1 cards, TD2 and TD3 passports,
MRV-A and MRV-B visas, and China's exit-entry permits."""
