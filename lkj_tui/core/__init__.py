"""Pure domain core: value parsing, capaian engine, model. Imports neither textual nor tinydb."""
