package org.lianqin.ear.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

/** A stand-in tile service for the tests (the test domain's lianqin.map.tiles): light squares with a grid. */
@WebServlet("/tile/*")
public class TileServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(new Color(0xEEF2E6));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(0xC9D3BC));
        g.drawRect(0, 0, 255, 255);
        g.dispose();
        response.setContentType("image/png");
        ImageIO.write(tile, "png", response.getOutputStream());
    }
}
