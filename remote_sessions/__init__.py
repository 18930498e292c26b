"""Remote video sessions with notaries, mediators and lawyers (WebRTC); no Qt here."""
