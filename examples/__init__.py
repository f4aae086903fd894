"""Examples of using govinfo_report, importable by the tests."""
