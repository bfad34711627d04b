"""Storage layer over TinyDB: one crash-safe, locked file per report."""
