## After approval: notices, changes, footer, calendar
