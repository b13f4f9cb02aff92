package org.lianqin.portal.views;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;

/**
 * The portal's page shell: server push over a WebSocket (requests still go by XHR, so that the container's
 * sign-in and session work as for any other request), used by the board to show new cases at once.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
public class PortalShell implements AppShellConfigurator {
}
