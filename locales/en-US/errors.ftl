## Reading files: parse errors and command-line diagnostics
