"""The staff console's HTML, built by hand (every value escaped): fleet, requests, knowledge
and template editors, the navigation bar, and the editors' form parsing. No routes here."""
