"""The `foerderdesk` program: one entry point above the layers (window, command line, benchmarks)."""
