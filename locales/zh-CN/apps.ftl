## Apps, mini-programs and quick apps
