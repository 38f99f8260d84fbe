# Messages of the looks work (en-US): themes, colour, symbols, terminals that cannot draw.

looks-key-theme = Light/dark theme
looks-theme-switched = { $theme ->
        [light] Light theme
       *[dark] Dark theme
    }: saved in the settings.
looks-theme-switched-no-colour = { $theme ->
        [light] Light theme
       *[dark] Dark theme
    } saved for later: colours are off now (--color never or NO_COLOR).
looks-setting-unknown = { $file }: { $key } = "{ $value }" is not one this version knows ({ $allowed }); "auto" is used. Change or remove the line.

looks-cli-theme = Colours for a dark or a light terminal background: auto, light or dark. Default: the saved choice (F3 in the app), else auto (the terminal is asked; else COLORFGBG; else dark).
looks-cli-color = Colours: auto (on a terminal, unless NO_COLOR is set), always or never (plain text; in the app bold and reverse video only).
looks-cli-symbols = Borders, arrows and ticks: auto, unicode or ascii. auto draws ASCII when a Chinese, Japanese or Korean reader's terminal shows such symbols two columns wide.

looks-refused-dumb = The interactive app needs a terminal that can draw a full screen, and this one says it cannot (TERM=dumb). Nothing was changed. Use the commands that print text instead: icp-tui check FILE…, icp-tui status, icp-tui export FILE (see icp-tui --help), or run icp-tui in a terminal emulator.
looks-refused-not-a-terminal = The interactive app needs a terminal for its input and output, and here one of them is a pipe or a file. Nothing was changed. Use the commands that print text instead: icp-tui check FILE…, icp-tui status, icp-tui export FILE (see icp-tui --help), or run icp-tui in a terminal.
looks-theme-switched-read-only = { $theme ->
        [light] Light theme
       *[dark] Dark theme
    } for this session only: another icp-tui has the profile open, so it is not saved.
