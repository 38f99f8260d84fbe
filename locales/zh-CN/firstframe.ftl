# The list before its files are read, and the day change.
