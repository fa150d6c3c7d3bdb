package cc.enet.mailbox.clientconfig;

import cc.enet.mailbox.Protocol;

/**
 * One server a client connects to. Only the host and port vary: a setup file is written only when the domain's
 * endpoint already follows the guide (SSL from the start, normal password, SMTP AUTH), so those are fixed.
 */
public record ServerSetting(Protocol protocol, String host, int port) {
}
