## Saving, the profile and its edges
