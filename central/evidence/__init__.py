"""The evidence of a notarial act (#17): the act record and its journal entry, the notarial
certificate (PDF with a QR code), its PAdES B-LT seal, and the public verification of a sealed
document. Recording segments and documents come in through `EvidenceSources`."""
