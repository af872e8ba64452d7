"""Cross-document comparison: stories, claims, outlets, framing and timelines."""
