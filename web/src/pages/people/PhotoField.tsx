// An optional photo of the person: scaled down in the browser to a small JPEG (the server keeps at
// most about 500 KB), previewed, and removable.
import { useState } from 'react';

const MAX_SIDE = 600;

function readImage(file: File): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image'));
    };
    image.src = url;
  });
}

/** The photo as a JPEG data URL no larger than MAX_SIDE on its longer side. */
async function scaledPhoto(file: File): Promise<string> {
  const image = await readImage(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/jpeg', 0.85);
}

/** A stored photo as an image source: a data URL as sent, or bare base64 (JPEG assumed). */
export function photoSource(photo: string): string {
  return photo.startsWith('data:') ? photo : `data:image/jpeg;base64,${photo}`;
}

export function PhotoField({ value, onValue, invalid }: { value: string; onValue(v: string): void; invalid?: boolean }) {
  const [error, setError] = useState('');
  return (
    <div className="field">
      <label htmlFor="person-photo">Ảnh chân dung (không bắt buộc)</label>
      <input
        id="person-photo"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setError('');
          if (!file) return;
          scaledPhoto(file).then(onValue, () => setError('Không đọc được ảnh; hãy chọn tệp JPEG, PNG hoặc WebP.'));
        }}
      />
      {error && <p className="field-error">{error}</p>}
      {value && (
        <div className="photo-preview">
          <img src={photoSource(value)} alt="Ảnh chân dung đã chọn" />
          <button type="button" className="button secondary small" onClick={() => onValue('')}>
            Bỏ ảnh
          </button>
        </div>
      )}
    </div>
  );
}
