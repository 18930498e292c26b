"""Controllers of the service journeys (consultation, documents, appointments, progress): each
wires its screens to the journey model, the devices and the central service."""
