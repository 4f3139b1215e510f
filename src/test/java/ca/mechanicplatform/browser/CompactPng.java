package ca.mechanicplatform.browser;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

/**
 * Writes a screenshot as a PNG of at most 256 colours, a fraction of the size of the full-colour one. Pages are flat
 * colours and anti-aliased text, so the most used colours (averaged over buckets of 5 bits per channel) reproduce
 * them closely; every pixel takes the nearest of them, without dithering, so that flat areas stay flat.
 */
final class CompactPng {

	private static final int COLOURS = 256;

	private CompactPng() {
	}

	static void write(byte[] png, Path file) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
			int width = image.getWidth();
			int height = image.getHeight();
			int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);

			long[][] buckets = new long[32768][4];
			for (int rgb : pixels) {
				long[] bucket = buckets[key(rgb)];
				bucket[0] += (rgb >> 16) & 0xff;
				bucket[1] += (rgb >> 8) & 0xff;
				bucket[2] += rgb & 0xff;
				bucket[3]++;
			}
			Integer[] order = new Integer[buckets.length];
			for (int i = 0; i < order.length; i++) {
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> Long.compare(buckets[b][3], buckets[a][3]));
			int size = 0;
			byte[] r = new byte[COLOURS];
			byte[] g = new byte[COLOURS];
			byte[] b = new byte[COLOURS];
			int[][] palette = new int[COLOURS][3];
			for (int i = 0; i < order.length && size < COLOURS && buckets[order[i]][3] > 0; i++) {
				long[] bucket = buckets[order[i]];
				palette[size] = new int[] { (int) (bucket[0] / bucket[3]), (int) (bucket[1] / bucket[3]), (int) (bucket[2] / bucket[3]) };
				r[size] = (byte) palette[size][0];
				g[size] = (byte) palette[size][1];
				b[size] = (byte) palette[size][2];
				size++;
			}

			int[] nearest = new int[32768];
			Arrays.fill(nearest, -1);
			BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED,
					new IndexColorModel(8, Math.max(size, 2), r, g, b));
			byte[] indices = new byte[width * height];
			for (int i = 0; i < pixels.length; i++) {
				int k = key(pixels[i]);
				if (nearest[k] < 0) {
					nearest[k] = closest(palette, size, pixels[i]);
				}
				indices[i] = (byte) nearest[k];
			}
			indexed.getRaster().setDataElements(0, 0, width, height, indices);
			Files.createDirectories(file.toAbsolutePath().getParent());
			ImageIO.write(indexed, "png", file.toFile());
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not write " + file, e);
		}
	}

	private static int key(int rgb) {
		return ((rgb >> 19) & 0x1f) << 10 | ((rgb >> 11) & 0x1f) << 5 | (rgb >> 3) & 0x1f;
	}

	private static int closest(int[][] palette, int size, int rgb) {
		int red = (rgb >> 16) & 0xff;
		int green = (rgb >> 8) & 0xff;
		int blue = rgb & 0xff;
		int best = 0;
		long bestDistance = Long.MAX_VALUE;
		for (int i = 0; i < size; i++) {
			long dr = red - palette[i][0];
			long dg = green - palette[i][1];
			long db = blue - palette[i][2];
			long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
			if (distance < bestDistance) {
				bestDistance = distance;
				best = i;
			}
		}
		return best;
	}
}
