"""The kiosk's glue: each controller wires its screens to the journey model, its device ports
and the central service, through a small typed context; `wiring.Controllers` builds them all
and `router.Router` shows the screen the navigator names (screens: kiosk.screens.table)."""
