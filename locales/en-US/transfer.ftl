# Messages of the transfer work (en-US).
