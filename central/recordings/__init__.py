"""Recordings of video sessions (#17): segments hashed and journaled, converted and muxed,
encrypted at rest, verified against the journal, played back and deleted under rules."""
