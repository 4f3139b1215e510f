package ca.mechanicplatform.browser;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF of screenshots, each scaled to a fixed width with its caption in a band along the bottom, shown for a
 * fixed time and looping forever. Written with the JDK's own GIF writer.
 */
final class AnimatedGif {

	private final int width;
	private final int delayCentiseconds;
	private final List<BufferedImage> frames = new ArrayList<>();

	AnimatedGif(int width, int delayMillis) {
		this.width = width;
		this.delayCentiseconds = delayMillis / 10;
	}

	/** Adds a frame from a PNG screenshot, with {@code caption} drawn on it. */
	void add(byte[] png, String caption) {
		try {
			BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
			int height = Math.round(shot.getHeight() * (width / (float) shot.getWidth()));
			BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = frame.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.drawImage(shot, 0, 0, width, height, null);
			int band = 40;
			g.setColor(new Color(33, 37, 41));
			g.fillRect(0, height - band, width, band);
			g.setColor(Color.WHITE);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
			g.drawString(caption, 16, height - band + 26);
			g.dispose();
			frames.add(frame);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	int frames() {
		return frames.size();
	}

	void write(Path file) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.deleteIfExists(file);
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			for (BufferedImage frame : frames) {
				writer.writeToSequence(new IIOImage(frame, null, metadata(writer, frame)), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
	}

	private IIOMetadata metadata(ImageWriter writer, BufferedImage frame) throws IOException {
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
		String format = metadata.getNativeMetadataFormatName();
		IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);

		IIOMetadataNode control = child(root, "GraphicControlExtension");
		control.setAttribute("disposalMethod", "none");
		control.setAttribute("userInputFlag", "FALSE");
		control.setAttribute("transparentColorFlag", "FALSE");
		control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
		control.setAttribute("transparentColorIndex", "0");

		IIOMetadataNode extensions = child(root, "ApplicationExtensions");
		IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
		loop.setAttribute("applicationID", "NETSCAPE");
		loop.setAttribute("authenticationCode", "2.0");
		loop.setUserObject(new byte[] { 1, 0, 0 });
		extensions.appendChild(loop);

		metadata.setFromTree(format, root);
		return metadata;
	}

	private static IIOMetadataNode child(IIOMetadataNode root, String name) {
		for (int i = 0; i < root.getLength(); i++) {
			if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
				return (IIOMetadataNode) root.item(i);
			}
		}
		IIOMetadataNode node = new IIOMetadataNode(name);
		root.appendChild(node);
		return node;
	}
}
