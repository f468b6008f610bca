import { PhotoGallery } from '../../components/PhotoGallery'
import { listStaffPhotos, staffPhotoPath } from '../../services/attachments'

/** The citizen's photos of a message on the staff detail, downloaded with the staff login. */
export function MessagePhotos({ messageId }: { messageId: string }) {
  return (
    <PhotoGallery
      testId="staff-photo"
      reloadKey={messageId}
      list={() => listStaffPhotos(messageId)}
      download={(photoId) => staffPhotoPath(messageId, photoId)}
      heading={(count) => `留言照片（${count}张，仅供办理，不公开）`}
    />
  )
}
