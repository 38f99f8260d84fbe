# Messages of the looks work (zh-CN): themes, colour, symbols, terminals that cannot draw.

looks-key-theme = 浅色/深色主题
looks-theme-switched = { $theme ->
        [light] 浅色主题
       *[dark] 深色主题
    }：已保存到设置。
looks-theme-switched-no-colour = { $theme ->
        [light] 浅色主题
       *[dark] 深色主题
    }已保存，供以后使用：当前未显示颜色（--color never 或 NO_COLOR）。
looks-setting-unknown = { $file }：{ $key } = "{ $value }" 不是本版本认识的取值（{ $allowed }），现按 "auto" 处理。请修改或删除这一行。

looks-cli-theme = 适合深色或浅色终端背景的配色：auto、light 或 dark。默认：已保存的选择（应用内按 F3），否则 auto（询问终端；其次读取 COLORFGBG；否则深色）。
looks-cli-color = 颜色：auto（在终端上显示，设置了 NO_COLOR 时不显示）、always 或 never（纯文本；应用内只用粗体和反色）。
looks-cli-symbols = 边框、箭头和勾号：auto、unicode 或 ascii。auto：中文、日文或韩文用户的终端把这些符号显示为两列宽时，改用 ASCII。

looks-refused-dumb = 交互式应用需要能绘制整屏的终端，而当前终端表示不能（TERM=dumb）。未做任何更改。请改用输出文本的命令：icp-tui check 文件…、icp-tui status、icp-tui export 文件（见 icp-tui --help），或在终端模拟器中运行 icp-tui。
looks-refused-not-a-terminal = 交互式应用的输入和输出都需要是终端，而这里有一个是管道或文件。未做任何更改。请改用输出文本的命令：icp-tui check 文件…、icp-tui status、icp-tui export 文件（见 icp-tui --help），或在终端中运行 icp-tui。
looks-theme-switched-read-only = { $theme ->
        [light] 浅色主题
       *[dark] 深色主题
    }仅用于本次会话：另一个 icp-tui 正在使用该配置目录，因此不会保存。
